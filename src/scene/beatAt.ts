import type { EventFeature } from '../data/eventTypes';
import type { PlaceReach } from '../spatial/spreadIndex';
import { bisectRight } from '../timeline/bisect';
import { slugify, type Place, type Timeline } from '../timeline/buildTimeline';
import { hourMs, type Instant } from '../timeline/instant';
import type { KeyMoment } from '../timeline/keyMoments';

/**
 * What the caption under the date names: the latest beat of the story at the instant.
 * - `moment`: one or more key moments at the same instant (the airport and the nationwide emergency share 19:00).
 * - `reach`: protests reached new places (the latest such instant; all places reached then).
 * - `summary`: the end of the story, where the reader sees the whole record at once.
 */
export type Beat =
  | { kind: 'moment'; t: Instant; moments: readonly KeyMoment[]; exactTime: boolean }
  | { kind: 'reach'; t: Instant; places: readonly Place[]; exactTime: boolean }
  | { kind: 'summary'; from: Instant; to: Instant };

export const beatDefaults = {
  /** A key moment keeps the caption this long against newer places joining (hours): the story's turns outrank its spread. */
  momentHoldHours: 24,
} as const;

/** What beatAt reads: the key moments (unfiltered, facts of the story), the filtered spread and timeline. */
export interface BeatSource {
  keyMoments: readonly KeyMoment[];
  /** Every event of the record, by id: a key moment's own event may be filtered out of `timeline`. */
  eventsById: ReadonlyMap<string, EventFeature>;
  reaches: readonly PlaceReach[];
  reachStarts: Float64Array;
  timeline: Pick<Timeline, 'events' | 'starts' | 'window'>;
}

/**
 * The latest beat at or before `t`: the latest key moment while it is less than `momentHoldHours`
 * old, else whichever of the latest key moment and the latest new place is later. At the end of
 * the window, a summary of the whole record. Null before anything happened.
 * @example beatAt(source, toInstant('2022-01-06T18:00+06:00'))?.kind // 'moment' (CSTO troops land)
 */
export function beatAt(source: BeatSource, t: number, holdHours: number = beatDefaults.momentHoldHours): Beat | null {
  const { timeline } = source;
  if (t >= timeline.window.end && timeline.starts.length > 0) {
    return { kind: 'summary', from: timeline.starts[0] as Instant, to: timeline.starts[timeline.starts.length - 1] as Instant };
  }
  const moment = latestMoments(source.keyMoments, t);
  const reached = bisectRight(source.reachStarts, t);
  const reach = reached > 0 ? (source.reaches[reached - 1] as PlaceReach) : null;
  const momentHolds = moment !== null && t - moment.t < holdHours * hourMs;
  if (moment && (momentHolds || !reach || moment.t >= reach.t)) {
    const first = source.eventsById.get(moment.moments[0]?.event ?? '');
    return { kind: 'moment', t: moment.t, moments: moment.moments, exactTime: isExact(first) };
  }
  if (!reach) return null;
  const places = source.reaches.filter((other) => other.t === reach.t).map((other) => other.place);
  const event = timeline.events.find((candidate, index) => timeline.starts[index] === reach.t && placeIdOf(candidate) === reach.place.id);
  return { kind: 'reach', t: reach.t, places, exactTime: isExact(event) };
}

/** Whether two beats say the same thing (the scene keeps the previous one then). */
export function sameBeat(a: Beat | null, b: Beat | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'summary' || b.kind === 'summary') return a.kind === b.kind && (a as { from: number }).from === (b as { from: number }).from && (a as { to: number }).to === (b as { to: number }).to;
  if (a.kind !== b.kind || a.t !== b.t) return false;
  return a.kind === 'moment' ? a.moments.length === (b as typeof a).moments.length : a.places.length === (b as typeof a).places.length;
}

/** The key moments sharing the latest instant at or before t (moments are sorted by t). */
function latestMoments(moments: readonly KeyMoment[], t: number): { t: Instant; moments: KeyMoment[] } | null {
  let latest: { t: Instant; moments: KeyMoment[] } | null = null;
  for (const moment of moments) {
    if (moment.t > t) break;
    if (latest && latest.t === moment.t) latest.moments.push(moment);
    else latest = { t: moment.t, moments: [moment] };
  }
  return latest;
}

/** A clock time is shown only when the sources give one (CONTRACT.md: never an invented time). */
function isExact(event: EventFeature | undefined): boolean {
  return event?.properties.time_precision === 'exact';
}

function placeIdOf(event: EventFeature): string {
  return event.properties.city ?? slugify(event.properties.locality);
}
