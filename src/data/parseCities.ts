import { citySlugPattern, cityProblems } from './citySchema';
import { DataError } from './dataError';
import { readFeatures } from './readFeatures';
import type { CityCollection, CityFeature } from './types';

const defaultFile = 'cities.geojson';

/** Validates cities.geojson: unique slug ids, every property as citySchema.ts describes it. */
export function parseCities(json: unknown, file = defaultFile): CityCollection {
  const raw = readFeatures(json, file, ['Point']);
  const seen = new Set<string>();
  for (const feature of raw) {
    const { id } = feature;
    if (typeof id !== 'string' || !citySlugPattern.test(id)) {
      throw new DataError(file, `feature ${String(id)}: id must be a lowercase ascii slug`);
    }
    if (seen.has(id)) throw new DataError(file, `feature ${id}: duplicate id`);
    seen.add(id);
    const [problem] = cityProblems(feature.properties);
    if (problem) throw new DataError(file, `feature ${id}: ${problem}`);
  }
  return { type: 'FeatureCollection', features: raw as unknown as CityFeature[] };
}
