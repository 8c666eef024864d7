import { DataError } from './dataError';
import { readFeatures, requireOneOf, requireString } from './readFeatures';
import { isRegionId, regionIds2022, type RegionCollection, type RegionFeature } from './types';

const defaultFile = 'regions.geojson';
const nameFields = ['name_en', 'name_kk', 'name_ru', 'name_en_current', 'name_kk_current', 'name_ru_current'] as const;

/**
 * Validates regions.geojson: exactly the 17 units of January 2022, each once, with the names,
 * clock and geometry quality the map shows. Throws a DataError naming the feature and field.
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
    if (feature.properties.iso_2022 !== feature.id) {
      throw new DataError(file, `feature ${feature.id}: property iso_2022 must equal the feature id`);
    }
    for (const field of nameFields) requireString(feature, field, file);
    requireOneOf(feature, 'type', ['region', 'city'], file);
    requireOneOf(feature, 'utc_offset', ['+05:00', '+06:00'], file);
    requireOneOf(feature, 'geometry_quality', ['natural-earth', 'schematic'], file);
  }
  const missing = regionIds2022.filter((id) => !seen.has(id));
  if (missing.length > 0) throw new DataError(file, `missing regions ${missing.join(', ')}`);
  return { type: 'FeatureCollection', features: raw as unknown as RegionFeature[] };
}
