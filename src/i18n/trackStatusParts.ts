import type { Instant } from '../timeline/instant';
import type { TrackStatus } from '../timeline/trackStatusAt';
import { formatAlmatyInstant } from './formatTime';
import type { Messages } from './messages';

export type TrackStatusFacts = Pick<TrackStatus, 'level' | 'eventsSoFar' | 'eventsLast24h' | 'firstEvent'>;

export interface TrackStatusParts {
  /** "Protests" */
  level: string;
  /** "Events so far: 3 · In the last 24 hours: 1" */
  counts: string;
  /** "First event: 2 January 2022, 12:00", or "First event: none yet" */
  firstEvent: string;
}

/**
 * The phrases a region's and a place's state share, in the catalogue's language: the words of the
 * region and place status lines (regionStatusLines, placeStatusLines) come from here only.
 */
export function trackStatusParts(status: TrackStatusFacts, messages: Messages): TrackStatusParts {
  const { details } = messages;
  const first = status.firstEvent === null ? details.none : formatAlmatyInstant(status.firstEvent as Instant, undefined, messages.calendar);
  return {
    level: messages.levels[status.level],
    counts: `${details.eventsSoFar}: ${messages.number(status.eventsSoFar)} · ${details.last24h}: ${messages.number(status.eventsLast24h)}`,
    firstEvent: `${details.firstEvent}: ${first}`,
  };
}
