/** An absolute moment in epoch milliseconds. Days are only labels, computed in Almaty time. */
export type Instant = number & { readonly __brand: 'Instant' };

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;
/** The axis clock is Almaty time, UTC+6 (CONTRACT.md). */
export const almatyOffsetMs = 6 * hourMs;

const withOffset = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Parses an ISO 8601 string that carries its offset. Strings without one are refused: a Date
 * built from local-time text would depend on the reader's time zone.
 * @example toInstant('2022-01-05T01:30+06:00') // 2022-01-04T19:30Z
 */
export function toInstant(iso: string): Instant {
  const match = withOffset.exec(iso);
  if (!match) throw new RangeError(`not an ISO 8601 time with an offset: ${JSON.stringify(iso)}`);
  const [, y, mo, d, h, mi, s, zone, sign, oh, om] = match;
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * hourMs + Number(om) * 60_000);
  const date = new Date(local);
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59) {
    throw new RangeError(`not a real calendar time: ${JSON.stringify(iso)}`);
  }
  return (local - offset) as Instant;
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

export function addHours(t: Instant, hours: number): Instant {
  return (t + hours * hourMs) as Instant;
}
