import type { ThreatLevel } from '../data/eventTypes';
import type { RegionId } from '../data/types';
import type { Timeline } from './buildTimeline';
import { isInAnyInterval } from './emergencyIntervals';
import { threatLevelAt } from './threatIntervals';
import { trackStatusAt, type Mode, type TrackStatus } from './trackStatusAt';

export interface RegionStatus extends TrackStatus {
  /** A state of emergency is in force at t (half-open intervals). */
  emergency: boolean;
  /** The terrorism-threat level in force at t (half-open intervals; `none` before any). */
  threat: ThreatLevel;
}

/**
 * The status of every one of the 17 regions at `t`.
 * @example regionStatusAt(timeline, toInstant('2022-01-02T24:00+06:00'), 'cumulative').get('KZ-MAN')?.level // 'protest'
 */
export function regionStatusAt(timeline: Timeline, t: number, mode: Mode): ReadonlyMap<RegionId, RegionStatus> {
  const statuses = new Map<RegionId, RegionStatus>();
  for (const [id, track] of timeline.regions) {
    statuses.set(id, { ...trackStatusAt(track, t, mode), emergency: isInAnyInterval(track.emergency, t), threat: threatLevelAt(track.threat, t) });
  }
  return statuses;
}

/** The status of one region; throws on an id that is not one of the timeline's regions. */
export function regionStatusOf(timeline: Timeline, region: string, t: number, mode: Mode): RegionStatus {
  const track = timeline.regions.get(region as RegionId);
  if (!track) throw new RangeError(`unknown region id ${JSON.stringify(region)}: expected one of ${timeline.regionIds.join(', ')}`);
  return { ...trackStatusAt(track, t, mode), emergency: isInAnyInterval(track.emergency, t), threat: threatLevelAt(track.threat, t) };
}
