import { DataError } from './dataError';
import { readFeatures, requireOneOf, requireString } from './readFeatures';
import { isRegionId, type CityCollection, type CityFeature } from './types';

const defaultFile = 'cities.geojson';
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates cities.geojson: unique slug ids, a January 2022 region, names and rank. */
export function parseCities(json: unknown, file = defaultFile): CityCollection {
  const raw = readFeatures(json, file, ['Point']);
  const seen = new Set<string>();
  for (const feature of raw) {
    const { id } = feature;
    if (typeof id !== 'string' || !slugPattern.test(id)) {
      throw new DataError(file, `feature ${String(id)}: id must be a lowercase ascii slug`);
    }
    if (seen.has(id)) throw new DataError(file, `feature ${id}: duplicate id`);
    seen.add(id);
    if (!isRegionId(feature.properties.region)) {
      throw new DataError(file, `feature ${id}: property region must be a January 2022 region id`);
    }
    for (const field of ['name_en', 'name_kk', 'name_ru', 'name_en_current']) requireString(feature, field, file);
    requireOneOf(feature, 'rank', ['capital', 'republican-city', 'regional-centre', 'town'], file);
    if (typeof feature.properties.label !== 'boolean') {
      throw new DataError(file, `feature ${id}: property label must be true or false`);
    }
  }
  return { type: 'FeatureCollection', features: raw as unknown as CityFeature[] };
}
