/** An absolute moment in epoch milliseconds. Days are only labels, computed in Almaty time. */
export type Instant = number & { readonly __brand: 'Instant' };

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;
/** The axis clock is Almaty time, UTC+6 (CONTRACT.md). */
export const almatyOffsetMs = 6 * hourMs;

const withOffset = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** An instant, or why the text is none: not ISO 8601 with an offset, or fields no calendar has. */
export type InstantResult = { ok: true; t: Instant } | { ok: false; reason: 'format' | 'calendar' };

/**
 * Reads an ISO 8601 string that carries its offset, without throwing, so that validators can say
 * which of the two ways it failed. Every field is round-tripped through the calendar: Date.UTC
 * would silently roll 2022-02-30 over to 2 March and 24:00 to the next day, which we refuse
 * (24:00 included: nothing in the data needs it, and one spelling per instant keeps sorting and
 * the same-clock checks simple).
 */
export function readInstant(iso: string): InstantResult {
  const match = withOffset.exec(iso);
  if (!match) return { ok: false, reason: 'format' };
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = [1, 2, 3, 4, 5, 6, 9, 10].map((i) => Number(match[i] ?? 0)) as [
    number, number, number, number, number, number, number, number,
  ];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const real =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second &&
    offsetHour <= 23 &&
    offsetMinute <= 59;
  if (!real) return { ok: false, reason: 'calendar' };
  const offsetMs = (match[8] === '-' ? -1 : 1) * (offsetHour * hourMs + offsetMinute * 60_000);
  return { ok: true, t: (date.getTime() - offsetMs) as Instant };
}

/**
 * Parses an ISO 8601 string that carries its offset. Strings without one are refused: a Date
 * built from local-time text would depend on the reader's time zone. So are impossible dates and
 * times (2022-02-30, 25:00, 24:00), which would otherwise roll over into another instant.
 * @example toInstant('2022-01-05T01:30+06:00') // 2022-01-04T19:30Z
 */
export function toInstant(iso: string): Instant {
  const result = readInstant(iso);
  if (result.ok) return result.t;
  throw new RangeError(
    result.reason === 'format'
      ? `not an ISO 8601 time with an offset: ${JSON.stringify(iso)}`
      : `not a real calendar time: ${JSON.stringify(iso)}`,
  );
}

/** The Almaty-time calendar day of `t`, as `YYYY-MM-DD`. */
export function almatyDay(t: Instant): string {
  return new Date(t + almatyOffsetMs).toISOString().slice(0, 10);
}

/** The instant of 00:00 Almaty time on the day containing `t`. */
export function startOfAlmatyDay(t: Instant): Instant {
  return (Math.floor((t + almatyOffsetMs) / dayMs) * dayMs - almatyOffsetMs) as Instant;
}

/** `t` as `YYYY-MM-DDTHH:mm` in Almaty time: the form the app writes into the URL. */
export function formatAlmatyMinute(t: Instant): string {
  return new Date(t + almatyOffsetMs).toISOString().slice(0, 16);
}
