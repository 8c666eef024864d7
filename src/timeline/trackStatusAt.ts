import { bisectRight, countInRange } from './bisect';
import { dayMs, type Instant } from './instant';
import type { Level } from './level';
import type { Track } from './buildTimeline';

/** `cumulative`: highest level reached at or before t; `current`: highest in the trailing 24 h. */
export type Mode = 'cumulative' | 'current';
export const modes: readonly Mode[] = ['cumulative', 'current'];

export interface TrackStatus {
  /** Level for the requested mode. */
  level: Level;
  cumulative: Level;
  current: Level;
  /** Events at or before t. */
  eventsSoFar: number;
  /** Events in `(t - 24 h, t]`. */
  eventsLast24h: number;
  /** The first event's instant, once it has happened; null before. */
  firstEvent: Instant | null;
}

/** The status of one track at `t`: a handful of binary searches, whatever the event count. */
export function trackStatusAt(track: Track, t: number, mode: Mode): TrackStatus {
  const dayBefore = t - dayMs;
  const cumulative: Level = reached(track.violence, t) ? 'violence' : reached(track.protest, t) ? 'protest' : 'calm';
  const current: Level =
    countInRange(track.violence, dayBefore, t) > 0
      ? 'violence'
      : countInRange(track.protest, dayBefore, t) > 0
        ? 'protest'
        : 'calm';
  const eventsSoFar = bisectRight(track.all, t);
  return {
    level: mode === 'cumulative' ? cumulative : current,
    cumulative,
    current,
    eventsSoFar,
    eventsLast24h: countInRange(track.all, dayBefore, t),
    firstEvent: eventsSoFar > 0 ? (track.all[0] as Instant) : null,
  };
}

function reached(sorted: Float64Array, t: number): boolean {
  return sorted.length > 0 && (sorted[0] as number) <= t;
}
