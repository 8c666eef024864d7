import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { parseRegions } from '../../../src/data/parseRegions';
import type { BaseMap, CityFeature, RegionId } from '../../../src/data/types';
import type { FrameInput } from '../../../src/render/frameInput';
import type { ThreatLevel } from '../../../src/data/eventTypes';
import type { Level } from '../../../src/timeline/level';
import { makeRegionCollection } from '../data/regionFixture';

/** An axis-aligned rectangle [west, south] to [east, north], in degrees. */
function box<P>(west: number, south: number, east: number, north: number, properties: P): Feature<Polygon | MultiPolygon, P> {
  return {
    type: 'Feature',
    properties,
    geometry: { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] },
  };
}

function city(id: string, coordinates: [number, number], label: boolean): CityFeature {
  return {
    type: 'Feature',
    id,
    properties: { region: 'KZ-MAN', name_en: id, name_kk: id, name_ru: id, name_en_current: id, rank: 'regional-centre', label, geonames_name: id },
    geometry: { type: 'Point', coordinates },
  };
}

/** The 17 unit squares of regionFixture (0–17° E on the equator), framed by neighbours, a sea and a lake. */
const base: BaseMap = {
  country: { type: 'FeatureCollection', features: [box(0, 0, 17, 1, {})] },
  neighbours: {
    type: 'FeatureCollection',
    features: [
      box(-3, -1, 0, 2, { iso_a3: 'UZB', name_en: 'Uzbekistan', role: 'neighbour' }),
      box(17, -1, 20, 2, { iso_a3: 'MNG', name_en: 'Mongolia', role: 'context' }),
    ],
  },
  water: { type: 'FeatureCollection', features: [box(-2, 1, -1, 2, { name_en: 'Caspian Sea', name_kk: 'Каспий теңізі', name_ru: 'Каспийское море', kind: 'sea' })] },
  lakes: { type: 'FeatureCollection', features: [box(3.25, 0.25, 3.75, 0.75, { name_en: 'Lake', name_kk: 'Көл', name_ru: 'Озеро' })] },
};

/** Mangystau in violence and Almaty city in protest, both under emergency, Almaty city at the red threat level; Atyrau in protest without, at yellow. */
export const regionStates = new Map<RegionId, { level: Level; emergency: boolean; threat: ThreatLevel }>([
  ['KZ-MAN', { level: 'violence', emergency: true, threat: 'none' }],
  ['KZ-ALA', { level: 'protest', emergency: true, threat: 'red' }],
  ['KZ-ATY', { level: 'protest', emergency: false, threat: 'yellow' }],
]);

export const frameFixture: FrameInput = {
  regions: parseRegions(makeRegionCollection()),
  base,
  cities: { type: 'FeatureCollection', features: [city('zhanaozen', [9.5, 0.5], true), city('village', [2.5, 0.5], false)] },
  regionStates,
  places: [
    { coordinates: [9.5, 0.5], level: 'violence', count: 40 },
    { coordinates: [15.5, 0.5], level: 'protest', count: 12 },
    { coordinates: [3.5, 0.5], level: 'protest', count: 1 },
    { coordinates: [6.5, 0.5], level: 'calm', count: 0 },
  ],
  cityName: (id) => id.toUpperCase(),
  title: 'Title',
  when: '5 January 2022, 12:00 (Almaty time)',
  caption: 'Caption',
  headline: 'Headline',
  legend: [
    { level: 'calm', label: 'Calm' },
    { level: 'protest', label: 'Protest' },
    { level: 'violence', label: 'Violence' },
  ],
  emergencyLabel: 'State of emergency',
  threatLabel: 'Threat level',
  credit: 'Credit',
};
