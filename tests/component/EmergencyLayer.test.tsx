// @vitest-environment jsdom
import './leafletInJsdom';
import { cleanup } from '@testing-library/react';
import type L from 'leaflet';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRegions } from '../../src/data/parseRegions';
import { EmergencyLayer } from '../../src/map/EmergencyLayer';
import { sceneAt, type Scene } from '../../src/scene/sceneAt';
import { toInstant } from '../../src/timeline/instant';
import { makeRegionCollection } from '../unit/data/regionFixture';
import { makeSceneIndex } from '../unit/scene/sceneFixture';
import { renderMap } from './renderMap';

const regions = parseRegions(makeRegionCollection());
const index = makeSceneIndex();
const sceneOf = (iso: string, previous: Scene | null = null) => sceneAt(index, { t: toInstant(iso), mode: 'cumulative', types: null, trail: false }, previous);

afterEach(cleanup);

describe('<EmergencyLayer> (created once, updated by diff)', () => {
  it('hatches exactly the regions whose emergency started, and touches nothing on other steps', () => {
    const ref = createRef<L.GeoJSON>();
    const layer = (scene: Scene) => <EmergencyLayer ref={ref} regions={regions} statuses={scene.regions} />;
    const before = sceneOf('2022-01-05T01:00+06:00');
    const map = renderMap(layer(before));
    const spies = new Map<string, ReturnType<typeof vi.spyOn>>();
    ref.current?.eachLayer((path) => spies.set(String((path as L.Polygon).feature?.id), vi.spyOn(path as L.Path, 'setStyle')));
    const declared = sceneOf('2022-01-05T02:00+06:00', before);
    map.rerender(layer(declared));
    const styled = () => [...spies].filter(([, spy]) => spy.mock.calls.length > 0).map(([id]) => id).sort();
    expect(styled()).toEqual(['KZ-ALA', 'KZ-MAN']);
    map.rerender(layer(sceneOf('2022-01-05T03:00+06:00', declared)));
    expect(styled()).toEqual(['KZ-ALA', 'KZ-MAN']);
    expect([...spies.values()].every((spy) => spy.mock.calls.length <= 1)).toBe(true);
  });
});
