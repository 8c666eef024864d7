// @vitest-environment jsdom
import './leafletInJsdom';
import { cleanup } from '@testing-library/react';
import type L from 'leaflet';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRegions } from '../../src/data/parseRegions';
import { ThreatLayer } from '../../src/map/ThreatLayer';
import { threatTokens } from '../../src/map/threatStyle';
import { sceneAt, type Scene } from '../../src/scene/sceneAt';
import { toInstant } from '../../src/timeline/instant';
import { makeRegionCollection } from '../unit/data/regionFixture';
import { makeSceneIndex } from '../unit/scene/sceneFixture';
import { renderMap } from './renderMap';

const regions = parseRegions(makeRegionCollection());
const index = makeSceneIndex();
const sceneOf = (iso: string, previous: Scene | null = null) => sceneAt(index, { t: toInstant(iso), mode: 'cumulative', types: null, trail: false }, previous);

afterEach(cleanup);

/** Every path of the layer group (casing and line per region), keyed "casing KZ-ALA" / "line KZ-ALA". */
function pathsOf(group: L.LayerGroup): Map<string, L.Path> {
  const paths = new Map<string, L.Path>();
  group.getLayers().forEach((layer, i) => {
    (layer as L.GeoJSON).eachLayer((path) => paths.set(`${i === 0 ? 'casing' : 'line'} ${String((path as L.Polygon).feature?.id)}`, path as L.Path));
  });
  return paths;
}

describe('<ThreatLayer> (created once, updated by diff)', () => {
  it('draws nothing before any level, then restyles only the regions whose level changed', () => {
    const ref = createRef<L.LayerGroup>();
    const layer = (scene: Scene) => <ThreatLayer ref={ref} regions={regions} statuses={scene.regions} />;
    const before = sceneOf('2022-01-06T11:00+06:00');
    const map = renderMap(layer(before));
    const paths = pathsOf(ref.current as L.LayerGroup);
    expect(paths.size).toBe(2 * regions.features.length);
    expect([...paths.values()].every((path) => path.options.weight === 0)).toBe(true);

    const spies = new Map([...paths].map(([key, path]) => [key, vi.spyOn(path, 'setStyle')]));
    const styled = () => [...spies].filter(([, spy]) => spy.mock.calls.length > 0).map(([key]) => key).sort();
    const red = sceneOf('2022-01-06T12:00+06:00', before);
    map.rerender(layer(red));
    expect(styled()).toEqual(['casing KZ-ALA', 'casing KZ-MAN', 'line KZ-ALA', 'line KZ-MAN']);
    expect(paths.get('line KZ-ALA')?.options.color).toBe(threatTokens.colour.red);

    // An hour on, nothing changes: no path is touched again.
    const later = sceneOf('2022-01-06T13:00+06:00', red);
    map.rerender(layer(later));
    expect(styled()).toEqual(['casing KZ-ALA', 'casing KZ-MAN', 'line KZ-ALA', 'line KZ-MAN']);
    expect([...spies.values()].every((spy) => spy.mock.calls.length <= 1)).toBe(true);

    map.rerender(layer(sceneOf('2022-01-26T00:00+06:00', later)));
    expect(spies.get('line KZ-ALA')?.mock.calls.length).toBe(2);
    expect(spies.get('line KZ-MAN')?.mock.calls.length).toBe(1);
    expect(paths.get('line KZ-ALA')?.options).toMatchObject({ color: threatTokens.colour.orange, dashArray: threatTokens.dash.orange });
  });
});
