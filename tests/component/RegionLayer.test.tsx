// @vitest-environment jsdom
import './leafletInJsdom';
import { cleanup } from '@testing-library/react';
import type L from 'leaflet';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRegions } from '../../src/data/parseRegions';
import { en } from '../../src/i18n/messages';
import { ru } from '../../src/i18n/messages.ru';
import type { Messages } from '../../src/i18n/messages';
import { RegionLayer } from '../../src/map/RegionLayer';
import { regionStyle, regionStyleDefaults } from '../../src/map/regionStyle';
import { sceneAt, type Scene } from '../../src/scene/sceneAt';
import { toInstant } from '../../src/timeline/instant';
import { makeRegionCollection } from '../unit/data/regionFixture';
import { makeSceneIndex } from '../unit/scene/sceneFixture';
import { renderMap } from './renderMap';

const regions = parseRegions(makeRegionCollection());
const index = makeSceneIndex();
const sceneOf = (iso: string, previous: Scene | null = null) => sceneAt(index, { t: toInstant(iso), mode: 'cumulative', types: null, trail: false }, previous);

afterEach(cleanup);

function mount(first: Scene, selected: string | null = null) {
  const ref = createRef<L.GeoJSON>();
  const onSelect = vi.fn();
  const layer = (scene: Scene, sel: string | null, messages: Messages = en) => (
    <RegionLayer ref={ref} regions={regions} statuses={scene.regions} selected={sel} onSelect={onSelect} messages={messages} />
  );
  const map = renderMap(layer(first, selected));
  const paths = new Map<string, L.Path>();
  ref.current?.eachLayer((path) => paths.set(String((path as L.Polygon).feature?.id), path as L.Path));
  const spies = new Map([...paths].map(([id, path]) => [id, vi.spyOn(path, 'setStyle')]));
  const update = (scene: Scene, sel: string | null = selected, messages: Messages = en) => map.rerender(layer(scene, sel, messages));
  return { layer: ref, paths, spies, update, onSelect };
}

/** setStyle calls per region id, leaving out regions with none. */
const styled = (spies: Map<string, { mock: { calls: unknown[] } }>) =>
  Object.fromEntries([...spies].filter(([, spy]) => spy.mock.calls.length > 0).map(([id, spy]) => [id, spy.mock.calls.length]));

describe('<RegionLayer> (created once, updated by diff)', () => {
  it('draws one focusable path per region, coloured by the first scene, the map one tab stop', async () => {
    const { paths } = mount(sceneOf('2022-01-02T13:00+06:00'));
    expect(paths.size).toBe(17);
    // The roving tab stop settles once the burst of joins is over (rovingFocus.ts).
    await Promise.resolve();
    const tabIndexes = [...paths.values()].map((path) => path.getElement()?.getAttribute('tabindex'));
    expect(tabIndexes.filter((value) => value === '0')).toHaveLength(1);
    expect(tabIndexes.filter((value) => value === '-1')).toHaveLength(16);
    expect(paths.get('KZ-MAN')?.getElement()?.getAttribute('role')).toBe('button');
    expect(paths.get('KZ-MAN')?.options.fillColor).toBe(regionStyle('protest').fillColor);
    expect(paths.get('KZ-ALA')?.options.fillColor).toBe(regionStyle('calm').fillColor);
  });

  it('a one-hour step where one region changes calls setStyle on that region only', () => {
    const before = sceneOf('2022-01-04T21:00+06:00');
    const { spies, layer, update } = mount(before);
    const created = layer.current;
    update(sceneOf('2022-01-04T22:00+06:00', before));
    expect(styled(spies)).toEqual({ 'KZ-ALA': 1 });
    expect(layer.current).toBe(created);
  });

  it('a step where nothing changes calls nothing', () => {
    const before = sceneOf('2022-01-03T05:00+06:00');
    const { spies, update } = mount(before);
    update(sceneOf('2022-01-03T06:00+06:00', before));
    update(sceneOf('2022-01-03T06:00+06:00', before));
    expect(styled(spies)).toEqual({});
  });

  it('a step where counts change but no level does calls nothing', () => {
    const before = sceneOf('2022-01-02T14:00+06:00');
    const { spies, update } = mount(before);
    // Aktau's protest at 19:00 raises Mangystau's count from 1 to 2; its level stays protest.
    update(sceneOf('2022-01-02T20:00+06:00', before));
    expect(styled(spies)).toEqual({});
  });

  it('selecting a region restyles it and the one selected before, nothing else', () => {
    const scene = sceneOf('2022-01-05T02:00+06:00');
    const { spies, update, paths } = mount(scene, 'KZ-MAN');
    update(scene, 'KZ-ALA');
    expect(styled(spies)).toEqual({ 'KZ-MAN': 1, 'KZ-ALA': 1 });
    expect(paths.get('KZ-ALA')?.options.weight).toBe(regionStyleDefaults.highlightWeight);
  });

  it('keeps the selection outline when the pointer leaves the selected region (regression)', () => {
    const scene = sceneOf('2022-01-05T02:00+06:00');
    const { paths } = mount(scene, 'KZ-ALA');
    const path = paths.get('KZ-ALA') as L.Path;
    path.fire('mouseover');
    path.fire('mouseout');
    expect(path.options.weight).toBe(regionStyleDefaults.highlightWeight);
    expect(path.options.fillColor).toBe(regionStyle('violence').fillColor);
    const other = paths.get('KZ-MAN') as L.Path;
    other.fire('mouseover');
    other.fire('mouseout');
    expect(other.options.weight).toBe(regionStyleDefaults.weight);
  });

  it('a click reads the handler of the latest render, not the first', () => {
    const scene = sceneOf('2022-01-05T02:00+06:00');
    const { paths, update, onSelect } = mount(scene);
    update(sceneOf('2022-01-05T03:00+06:00', scene));
    paths.get('KZ-ALA')?.fire('click');
    expect(onSelect).toHaveBeenCalledWith('KZ-ALA');
  });

  it('a language switch renames the regions without restyling them', () => {
    const scene = sceneOf('2022-01-05T02:00+06:00');
    const { spies, update, paths } = mount(scene);
    update(scene, null, ru);
    expect(styled(spies)).toEqual({});
    expect(paths.get('KZ-MAN')?.getElement()?.getAttribute('aria-label')).toContain('Область KZ-MAN');
  });
});

describe('<RegionLayer attribution>', () => {
  it("puts the data sources' credit into the map's attribution control when it is added", () => {
    const ref = createRef<L.GeoJSON>();
    const scene = sceneOf('2022-01-02T10:00+06:00');
    const map = renderMap(<RegionLayer ref={ref} regions={regions} statuses={scene.regions} selected={null} onSelect={vi.fn()} messages={en} attribution="Natural Earth" />);
    expect(map.container.querySelector('.leaflet-control-attribution')?.textContent).toContain('Natural Earth');
  });
});
