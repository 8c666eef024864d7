import { DataError } from './dataError';

/** A feature as read from JSON, before its properties are checked. */
export interface RawFeature {
  type: 'Feature';
  id: unknown;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}

/**
 * Checks the outer shape of a GeoJSON FeatureCollection and returns its features with `properties`
 * guaranteed to be an object. Throws a DataError naming the file and the feature index otherwise.
 */
export function readFeatures(json: unknown, file: string, geometryTypes: readonly string[]): RawFeature[] {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError(file, 'not a GeoJSON FeatureCollection');
  }
  return json.features.map((feature: unknown, index: number) => {
    const label = isObject(feature) && feature.id !== undefined ? String(feature.id) : `#${index}`;
    if (!isObject(feature) || feature.type !== 'Feature') {
      throw new DataError(file, `feature ${label}: not a GeoJSON Feature`);
    }
    const { geometry, properties } = feature;
    if (!isObject(properties)) throw new DataError(file, `feature ${label}: properties missing`);
    if (!isObject(geometry) || typeof geometry.type !== 'string' || !geometryTypes.includes(geometry.type)) {
      throw new DataError(file, `feature ${label}: geometry must be ${geometryTypes.join(' or ')}`);
    }
    if (!Array.isArray(geometry.coordinates)) {
      throw new DataError(file, `feature ${label}: geometry.coordinates missing`);
    }
    return { type: 'Feature', id: feature.id, geometry: { type: geometry.type, coordinates: geometry.coordinates }, properties };
  });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
