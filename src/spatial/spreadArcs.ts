import { greatCircle } from '@turf/turf';
import type { PlaceReach } from './spreadIndex';

export interface SpreadArc {
  placeId: string;
  t: number;
  /** Great-circle length (km). */
  km: number;
  /** [latitude, longitude] pairs along the great circle, ready for a Leaflet polyline. */
  latLngs: [number, number][];
}

/**
 * Great-circle arcs from Zhanaozen (the spread origin) to each place, in the order protests reached them. Places
 * within a few km of it get no arc (it would be a dot).
 */
export function spreadArcs(spreadOrigin: [number, number], reaches: readonly PlaceReach[], minKm = 5): SpreadArc[] {
  return reaches
    .filter((reach) => reach.km >= minKm)
    .map((reach) => {
      const line = greatCircle(spreadOrigin, reach.place.coordinates, { npoints: 32 });
      const coordinates = line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
      return {
        placeId: reach.place.id,
        t: reach.t,
        km: reach.km,
        latLngs: coordinates.map(([lng, lat]) => [lat, lng] as [number, number]),
      };
    });
}
