import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readFeatures } from './readFeatures';

/**
 * Validates a context layer (country, neighbours, water, lakes): polygons with properties. The
 * properties are only read for labels and styling, so their absence is not fatal.
 */
export function parseBaseLayer<P>(json: unknown, file: string): FeatureCollection<Polygon | MultiPolygon, P> {
  readFeatures(json, file, ['Polygon', 'MultiPolygon']);
  return json as FeatureCollection<Polygon | MultiPolygon, P>;
}
