// @vitest-environment jsdom
import './leafletInJsdom';
import { cleanup } from '@testing-library/react';
import L from 'leaflet';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/messages';
import { PlaceLayer } from '../../src/map/PlaceLayer';
import { placeStyle } from '../../src/map/placeStyle';
import { sceneAt, type Scene, type SceneView } from '../../src/scene/sceneAt';
import { toInstant } from '../../src/timeline/instant';
import { makeSceneIndex } from '../unit/scene/sceneFixture';
import { renderMap } from './renderMap';

const index = makeSceneIndex();
const sceneOf = (iso: string, previous: Scene | null = null, overrides: Partial<SceneView> = {}) =>
  sceneAt(index, { t: toInstant(iso), mode: 'cumulative', types: null, trail: false, ...overrides }, previous);
const names = new Map([['almaty', 'Almaty']]);

afterEach(cleanup);

function mount(first: Scene) {
  const ref = createRef<L.LayerGroup>();
  const layer = (scene: Scene, selected: string | null = null, placeNames = names) => (
    <PlaceLayer ref={ref} statuses={scene.places} t={scene.t} selected={selected} onSelect={vi.fn()} reducedMotion={false} messages={en} names={placeNames} />
  );
  const map = renderMap(layer(first));
  const setStyle = vi.spyOn(L.CircleMarker.prototype, 'setStyle');
  const markers = () => {
    const found = new Map<string, L.CircleMarker>();
    ref.current?.eachLayer((layer) => {
      const circle = layer as L.CircleMarker;
      // The group also holds each marker's selection ring, which has no data-place.
      const id = circle.getElement()?.getAttribute('data-place');
      if (id) found.set(id, circle);
    });
    return found;
  };
  return { ref, markers, setStyle, update: (scene: Scene, selected: string | null = null, placeNames = names) => map.rerender(layer(scene, selected, placeNames)) };
}

afterEach(() => vi.restoreAllMocks());

describe('<PlaceLayer> (created once, updated by diff)', () => {
  it('draws a marker per place, sized by its count so far', () => {
    const { markers } = mount(sceneOf('2022-01-03T00:00+06:00'));
    expect([...markers().keys()].sort()).toEqual(['aktau', 'almaty', 'zhanaozen']);
    expect(markers().get('zhanaozen')?.getRadius()).toBe(placeStyle('protest', 1).radius);
    expect(markers().get('almaty')?.getRadius()).toBe(0);
  });

  it('a step where one place gets an event restyles that marker only, and pulses it', () => {
    const before = sceneOf('2022-01-04T21:00+06:00');
    const { markers, setStyle, update } = mount(before);
    update(sceneOf('2022-01-04T22:00+06:00', before));
    expect(setStyle.mock.contexts).toEqual([markers().get('almaty')]);
    expect(markers().get('almaty')?.getElement()?.classList.contains('qm-pulse')).toBe(true);
  });

  it('a step where nothing changes calls nothing', () => {
    const before = sceneOf('2022-01-03T05:00+06:00');
    const { setStyle, update } = mount(before);
    update(sceneOf('2022-01-03T06:00+06:00', before));
    expect(setStyle).not.toHaveBeenCalled();
  });

  it('a type filter removes the markers of places without events of that type and keeps the others', () => {
    const before = sceneOf('2022-01-06T00:00+06:00');
    const { ref, markers, update } = mount(before);
    const group = ref.current;
    update(sceneOf('2022-01-06T00:00+06:00', before, { types: ['clash'] }));
    expect([...markers().keys()]).toEqual(['almaty']);
    expect(ref.current).toBe(group);
    update(sceneOf('2022-01-06T00:00+06:00', null));
    expect([...markers().keys()].sort()).toEqual(['aktau', 'almaty', 'zhanaozen']);
  });

  it('names follow the language: a new names map relabels without restyling', () => {
    const scene = sceneOf('2022-01-06T00:00+06:00');
    const { markers, setStyle, update } = mount(scene);
    update(scene, null, new Map([['almaty', 'Алматы']]));
    expect(setStyle).not.toHaveBeenCalled();
    expect(markers().get('almaty')?.getElement()?.getAttribute('aria-label')).toMatch(/^Алматы: /);
  });
});
