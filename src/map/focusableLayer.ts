import type L from 'leaflet';
import { joinRoving, type RovingHandle } from './rovingFocus';

/** Where a feature sits in the map's keyboard order (rovingFocus.ts). */
export interface FocusableOptions {
  /** Unique across the map's layers (e.g. `region:KZ-MAN`, `place:zhanaozen`). */
  id: string;
  anchor: L.LatLng;
  /** False for features with nothing yet at the instant: skipped by the arrow keys. */
  enabled: boolean;
}

/**
 * Makes a Leaflet vector layer's element a keyboard control: one of the map's roving features (the
 * map is one tab stop), a button to assistive technology, its tooltip shown on focus, Enter or
 * Space selects. Called on the layer's `add`; null when the layer has no element yet or already joined.
 */
export function makeFocusable(
  layer: L.Path,
  attributes: Record<string, string>,
  openTooltip: () => void,
  select: () => void,
  options: FocusableOptions,
): RovingHandle | null {
  const element = layer.getElement() as SVGElement | undefined;
  const map = (layer as unknown as { _map?: L.Map })._map;
  if (!element || !map || element.hasAttribute('role')) return null;
  element.setAttribute('role', 'button');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.addEventListener('focus', openTooltip);
  element.addEventListener('blur', () => layer.closeTooltip());
  element.addEventListener('keydown', (event) => {
    const { key } = event as KeyboardEvent;
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      select();
    }
  });
  const handle = joinRoving(map, { id: options.id, element, anchor: options.anchor, enabled: options.enabled });
  layer.once('remove', () => handle.leave());
  return handle;
}
