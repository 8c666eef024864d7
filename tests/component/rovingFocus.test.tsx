// @vitest-environment jsdom
import './leafletInJsdom';
import L from 'leaflet';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeFocusable } from '../../src/map/focusableLayer';
import { setRovingClear } from '../../src/map/rovingFocus';

// Anchors (lng, lat): Aktau in the west, Zhanaozen a little east, Atyrau north, Almaty far east.
const towns = [
  ['aktau', 51.2, 43.65],
  ['zhanaozen', 52.85, 43.34],
  ['atyrau', 51.92, 47.11],
  ['almaty', 76.89, 43.24],
] as const;

let map: L.Map;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  map = L.map(container, { center: [45, 60], zoom: 3 });
});

afterEach(() => {
  map.remove();
  container.remove();
});

/** One circle per town joined to the roving group, as placeLayer.ts does; `empty` ones have no events. */
function addTowns(empty: readonly string[] = []) {
  const selected: string[] = [];
  const handles = new Map<string, ReturnType<typeof makeFocusable>>();
  const elements = new Map<string, SVGElement>();
  for (const [id, lng, lat] of towns) {
    const circle = L.circleMarker([lat, lng], { radius: 5 }).addTo(map);
    handles.set(id, makeFocusable(circle, { 'data-place': id }, () => undefined, () => selected.push(id), { id, anchor: circle.getLatLng(), enabled: !empty.includes(id) }));
    elements.set(id, circle.getElement() as SVGElement);
  }
  const element = (id: string): SVGElement => {
    const found = elements.get(id);
    if (!found) throw new Error(`no town ${id}`);
    return found;
  };
  const handle = (id: string) => {
    const found = handles.get(id);
    if (!found) throw new Error(`${id} did not join`);
    return found;
  };
  return { selected, element, handle };
}

const press = (element: Element, key: string) => element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const focusedId = () => document.activeElement?.getAttribute('data-place');
const tabStops = () => [...container.querySelectorAll('[tabindex="0"]')].map((element) => element.getAttribute('data-place'));

describe('the roving tab stop (rovingFocus.ts via makeFocusable)', () => {
  it('makes the westernmost feature the one tab stop, and the map container none', async () => {
    addTowns();
    await Promise.resolve();
    expect(tabStops()).toEqual(['aktau']);
    expect(container.tabIndex).toBe(-1);
  });

  it('moves focus and the tab stop by compass direction, Home and End to the ends', async () => {
    const { element } = addTowns();
    await Promise.resolve();
    element('aktau').focus();
    press(element('aktau'), 'ArrowRight');
    expect(focusedId()).toBe('zhanaozen');
    expect(tabStops()).toEqual(['zhanaozen']);
    press(element('zhanaozen'), 'ArrowUp');
    expect(focusedId()).toBe('atyrau');
    press(element('atyrau'), 'End');
    expect(focusedId()).toBe('almaty');
    press(element('almaty'), 'ArrowRight');
    expect(focusedId()).toBe('almaty');
    press(element('almaty'), 'Home');
    expect(focusedId()).toBe('aktau');
  });

  it('skips features with nothing yet, and hides them from assistive technology', async () => {
    const { element } = addTowns(['zhanaozen']);
    await Promise.resolve();
    expect(element('zhanaozen').getAttribute('aria-hidden')).toBe('true');
    element('aktau').focus();
    press(element('aktau'), 'ArrowRight');
    expect(focusedId()).not.toBe('zhanaozen');
  });

  it('moves the tab stop off a feature that empties (time went back) to the nearest one left', async () => {
    const { handle } = addTowns();
    await Promise.resolve();
    expect(tabStops()).toEqual(['aktau']);
    handle('aktau').setEnabled(false);
    await Promise.resolve();
    expect(tabStops()).toEqual(['zhanaozen']);
  });

  it('Enter selects; Escape calls the clear callback; the keys do not reach the page', async () => {
    const { element, selected } = addTowns();
    const clear = vi.fn();
    setRovingClear(map, clear);
    await Promise.resolve();
    press(element('atyrau'), 'Enter');
    expect(selected).toEqual(['atyrau']);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    element('atyrau').dispatchEvent(escape);
    expect(clear).toHaveBeenCalledTimes(1);
    expect(escape.defaultPrevented).toBe(true);
  });

  it('takes other interactive paths (tooltip-only city dots) out of the tab order', async () => {
    addTowns();
    const dot = L.circleMarker([50, 70], { radius: 3 }).bindTooltip('Karaganda').addTo(map);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(dot.getElement()?.getAttribute('tabindex')).toBe('-1');
  });
});
