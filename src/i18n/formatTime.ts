import type { EventProperties } from '../data/eventTypes';
import { almatyOffsetMs, hourMs, toInstant, type Instant } from '../timeline/instant';

import { calendars, type Calendar } from './calendar';

const english = calendars.en;

/** Calendar parts of `t` on a clock `offsetHours` ahead of UTC, computed without the reader's zone. */
export function clockParts(t: Instant, offsetHours = almatyOffsetMs / hourMs) {
  const shifted = new Date(t + offsetHours * hourMs);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth(),
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "5 January 2022" in Almaty time, in the calendar's language. */
export function formatAlmatyDate(t: Instant, calendar: Calendar = english): string {
  const { day, month, year } = clockParts(t);
  return calendar.date(day, month, year);
}

/** "5 Jan" in Almaty time: axis and arc labels. */
export function formatAlmatyShortDate(t: Instant, calendar: Calendar = english): string {
  const { day, month } = clockParts(t);
  return calendar.shortDate(day, month);
}

/** "18:00" in Almaty time. */
export function formatAlmatyClock(t: Instant): string {
  const { hour, minute } = clockParts(t);
  return `${pad(hour)}:${pad(minute)}`;
}

/**
 * The instant label of the slider: "5 January 2022, 18:00". Midnight reads as the end of the day
 * that just ended ("end of 4 January 2022": a bare-date link means that, and "24:00" is a clock
 * readers do not use), except at the very start of the story, `storyStart`, which reads as 00:00
 * of 1 January.
 */
export function formatAlmatyInstant(t: Instant, storyStart?: number, calendar: Calendar = english): string {
  const { hour, minute } = clockParts(t);
  if (hour === 0 && minute === 0 && t !== storyStart) {
    const { day, month, year } = clockParts((t - 1) as Instant);
    return calendar.endOfDay(day, month, year);
  }
  return `${formatAlmatyDate(t, calendar)}, ${formatAlmatyClock(t)}`;
}

/**
 * How an event's time is shown: its own local clock with its zone ("01:30 UTC+6"), the words of an
 * imprecise time ("evening"), or "time unknown". Never an invented clock time.
 */
export function formatEventTime(
  event: Pick<EventProperties, 'start' | 'time_known' | 'time_precision' | 'time_note'>,
  calendar: Calendar = english,
  timeNote: string | undefined = event.time_note,
): {
  date: string;
  time: string | null;
  note: string | null;
} {
  const offsetHours = Number(event.start.slice(-6, -3));
  const t = toInstant(event.start);
  const { day, month, year } = clockParts(t, offsetHours);
  const date = calendar.date(day, month, year);
  if (!event.time_known) return { date, time: null, note: null };
  if (event.time_precision === 'exact') {
    const { hour, minute } = clockParts(t, offsetHours);
    return { date, time: `${pad(hour)}:${pad(minute)} UTC+${offsetHours}`, note: null };
  }
  return { date, time: null, note: timeNote ?? null };
}
