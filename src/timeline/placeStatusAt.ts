import type { Place, Timeline } from './buildTimeline';
import { trackStatusAt, type Mode, type TrackStatus } from './trackStatusAt';

export interface PlaceStatus extends TrackStatus {
  place: Place;
}

/** The status at `t` of every place with events: cities, the airport, oil fields. */
export function placeStatusAt(timeline: Timeline, t: number, mode: Mode): ReadonlyMap<string, PlaceStatus> {
  const statuses = new Map<string, PlaceStatus>();
  for (const [id, place] of timeline.places) statuses.set(id, { ...trackStatusAt(place.track, t, mode), place });
  return statuses;
}
