import { DataError } from './dataError';
import { readFeatures } from './readFeatures';
import { isRegionId, regionIds2022, regionProblems } from './regionSchema';
import type { RegionCollection, RegionFeature } from './types';

const defaultFile = 'regions.geojson';

/**
 * Validates regions.geojson: exactly the 17 units of January 2022, each once, every property as
 * regionSchema.ts describes it. Throws a DataError naming the feature and the field.
 */
export function parseRegions(json: unknown, file = defaultFile): RegionCollection {
  const raw = readFeatures(json, file, ['Polygon', 'MultiPolygon']);
  const seen = new Set<string>();
  for (const feature of raw) {
    if (!isRegionId(feature.id)) {
      throw new DataError(file, `feature ${String(feature.id)}: id is not a January 2022 ISO 3166-2 code`);
    }
    if (seen.has(feature.id)) throw new DataError(file, `feature ${feature.id}: duplicate id`);
    seen.add(feature.id);
    const [problem] = regionProblems(feature.id, feature.properties);
    if (problem) throw new DataError(file, `feature ${feature.id}: ${problem}`);
  }
  const missing = regionIds2022.filter((id) => !seen.has(id));
  if (missing.length > 0) throw new DataError(file, `missing regions ${missing.join(', ')}`);
  return { type: 'FeatureCollection', features: raw as unknown as RegionFeature[] };
}
