import type { EventFeature } from '../data/eventTypes';
import type { RegionId } from '../data/types';
import type { Instant } from './instant';

/** A half-open interval `[start, end)`; `end` is Infinity while nothing has lifted it. */
export interface Interval {
  start: Instant;
  end: number;
}

/**
 * Per-region states of emergency from the structured `emergency` field of decisions, in time
 * order. A declaration while one is in force changes nothing (the regimes overlap into one); a
 * lifting with none in force is a data error.
 */
export function emergencyIntervals(
  sorted: readonly EventFeature[],
  starts: Float64Array,
  regionIds: readonly RegionId[],
): Map<RegionId, Interval[]> {
  const intervals = new Map<RegionId, Interval[]>(regionIds.map((id) => [id, []]));
  sorted.forEach((event, index) => {
    const change = event.properties.emergency;
    if (!change) return;
    const t = starts[index] as Instant;
    for (const region of change.regions) {
      const list = intervals.get(region);
      if (!list) throw new Error(`event ${event.properties.id}: emergency names unknown region ${region}`);
      const last = list.at(-1);
      const open = last?.end === Infinity ? last : undefined;
      if (change.action === 'declared') {
        if (!open) list.push({ start: t, end: Infinity });
      } else if (open) {
        open.end = t;
      } else {
        throw new Error(`event ${event.properties.id}: emergency lifted in ${region}, where none was in force`);
      }
    }
  });
  return intervals;
}

/** Whether `t` lies in one of the half-open intervals. */
export function isInAnyInterval(intervals: readonly Interval[], t: number): boolean {
  return intervals.some((interval) => interval.start <= t && t < interval.end);
}
