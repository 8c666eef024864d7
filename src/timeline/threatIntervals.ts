import type { EventFeature, ThreatLevel } from '../data/eventTypes';
import type { RegionId } from '../data/types';

/** A half-open interval `[start, end)` at one terrorism-threat level; `start` is -Infinity for the first. */
export interface ThreatInterval {
  start: number;
  /** Infinity while nothing has changed the level since. */
  end: number;
  level: ThreatLevel;
  /** The event that set this level; null for the `none` that holds before any threat event. */
  eventId: string | null;
}

/**
 * Per-region terrorism-threat levels from the structured `threat` field, in time order. Each
 * region's intervals tile the whole time axis without gaps: `none` from -Infinity until the first
 * event naming the region, then each named level until the next. A change to the level already in
 * force extends it (keeping the event that set it); two changes at one instant leave only the
 * later (by the events' order), so no interval is empty.
 * @example threatIntervals(sorted, starts, ['KZ-ALA']).get('KZ-ALA') // [{ start: -Infinity, end: t1, level: 'none', … }, { start: t1, end: Infinity, level: 'red', … }]
 */
export function threatIntervals(
  sorted: readonly EventFeature[],
  starts: Float64Array,
  regionIds: readonly RegionId[],
): Map<RegionId, ThreatInterval[]> {
  const intervals = new Map<RegionId, ThreatInterval[]>(
    regionIds.map((id) => [id, [{ start: -Infinity, end: Infinity, level: 'none', eventId: null }]]),
  );
  sorted.forEach((event, index) => {
    const change = event.properties.threat;
    if (!change) return;
    const t = starts[index] as number;
    for (const region of change.regions) {
      const list = intervals.get(region);
      if (!list) throw new Error(`event ${event.properties.id}: threat names unknown region ${region}`);
      const open = list[list.length - 1] as ThreatInterval;
      if (open.level === change.level) continue;
      if (open.start === t) list.pop();
      else open.end = t;
      const before = list[list.length - 1];
      // Popping may expose an interval at the new level (red, then none and red at one instant).
      if (before && before.level === change.level) before.end = Infinity;
      else list.push({ start: t, end: Infinity, level: change.level, eventId: event.properties.id });
    }
  });
  return intervals;
}

/** The interval holding `t` (a binary search: the intervals tile the axis in order). */
export function threatIntervalAt(intervals: readonly ThreatInterval[], t: number): ThreatInterval {
  let lo = 0;
  let hi = intervals.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((intervals[mid] as ThreatInterval).start <= t) lo = mid;
    else hi = mid - 1;
  }
  return intervals[lo] as ThreatInterval;
}

/** The level in force at `t`; `none` for an empty list (a timeline built without regions). */
export function threatLevelAt(intervals: readonly ThreatInterval[], t: number): ThreatLevel {
  return intervals.length ? threatIntervalAt(intervals, t).level : 'none';
}
