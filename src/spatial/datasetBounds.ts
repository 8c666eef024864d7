import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';

/** Leaflet-style bounds `[[south, west], [north, east]]` of a collection. */
export type LatLngBoundsTuple = [[number, number], [number, number]];

/** The bounds of every feature in `collection`, in Leaflet's latitude-first order. */
export function datasetBounds(collection: FeatureCollection): LatLngBoundsTuple {
  const [west, south, east, north] = bbox(collection);
  return [
    [south, west],
    [north, east],
  ];
}
