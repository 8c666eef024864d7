import { area, distance } from '@turf/turf';
import type { RegionCollection, RegionId } from '../data/types';
import { bisectRight } from '../timeline/bisect';
import type { Place, Timeline } from '../timeline/buildTimeline';
import type { Instant } from '../timeline/instant';

export interface RegionJoin {
  region: RegionId;
  /** First event raising protest or violence in the region. */
  t: Instant;
}

export interface PlaceReach {
  place: Place;
  t: Instant;
  /** Great-circle distance from the spread origin, Zhanaozen (km). */
  km: number;
}

/** Everything the spread metrics need, computed once with Turf; queries at t are binary searches. */
export interface SpreadIndex {
  /** Regions in the order protests reached them. */
  joins: readonly RegionJoin[];
  joinStarts: Float64Array;
  /** Running share of Kazakhstan's area covered by the regions joined so far, per join. */
  cumulativeAreaShare: Float64Array;
  /** Places in the order protests reached them, with the farthest so far at each step. */
  reaches: readonly PlaceReach[];
  reachStarts: Float64Array;
  farthestIndex: Int32Array;
}

/**
 * @param spreadOrigin [longitude, latitude] where the unrest began (Zhanaozen's city point): distances
 *   of the spread are measured from it.
 */
export function buildSpreadIndex(timeline: Timeline, regions: RegionCollection, spreadOrigin: [number, number]): SpreadIndex {
  const areaById = new Map(regions.features.map((feature) => [feature.id, area(feature)]));
  const totalArea = [...areaById.values()].reduce((sum, value) => sum + value, 0);

  const joins: RegionJoin[] = [];
  for (const [region, track] of timeline.regions) {
    if (track.protest.length > 0) joins.push({ region, t: track.protest[0] as Instant });
  }
  joins.sort((a, b) => a.t - b.t || (a.region < b.region ? -1 : 1));
  let covered = 0;
  const cumulativeAreaShare = Float64Array.from(joins, (join) => {
    covered += areaById.get(join.region) ?? 0;
    return totalArea > 0 ? covered / totalArea : 0;
  });

  const reaches: PlaceReach[] = [];
  for (const place of timeline.places.values()) {
    if (place.track.protest.length === 0) continue;
    const km = distance(spreadOrigin, place.coordinates, { units: 'kilometers' });
    reaches.push({ place, t: place.track.protest[0] as Instant, km });
  }
  reaches.sort((a, b) => a.t - b.t || a.km - b.km);
  let farthest = -1;
  const farthestIndex = Int32Array.from(reaches, (reach, index) => {
    if (farthest < 0 || reach.km > (reaches[farthest] as PlaceReach).km) farthest = index;
    return farthest;
  });

  return {
    joins,
    joinStarts: Float64Array.from(joins, (join) => join.t),
    cumulativeAreaShare,
    reaches,
    reachStarts: Float64Array.from(reaches, (reach) => reach.t),
    farthestIndex,
  };
}

export interface SpreadStatus {
  /** Regions with protest or violence so far (of 17). */
  regionsWithProtests: number;
  /** Their share of Kazakhstan's area, 0–1. */
  areaShare: number;
  /** The place with protests farthest from Zhanaozen so far. */
  farthest: PlaceReach | null;
  /** Regions in the order they joined, up to t. */
  order: readonly RegionJoin[];
}

export function spreadAt(index: SpreadIndex, t: number): SpreadStatus {
  const joined = bisectRight(index.joinStarts, t);
  const reached = bisectRight(index.reachStarts, t);
  const farthest = reached > 0 ? index.reaches[index.farthestIndex[reached - 1] as number] : undefined;
  return {
    regionsWithProtests: joined,
    areaShare: joined > 0 ? (index.cumulativeAreaShare[joined - 1] as number) : 0,
    farthest: farthest ?? null,
    order: index.joins.slice(0, joined),
  };
}
