import { dayMs, hourMs, toInstant, type Instant } from './instant';
import { snapToHour } from './snapToHour';
import type { StoryWindow } from './storyWindow';

export type TimeParamResult =
  | { ok: true; t: Instant; clamped: boolean; snapped: boolean }
  | { ok: false; reason: string };

const datePattern = /^(\d{4}-\d{2}-\d{2})$/;
const minutePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * Reads a `t` value (URL parameter or `set-time` message) in Almaty time. A bare date means the
 * end of that day (24:00): everything of that day has happened. Minutes snap down to the hour.
 * Outside the window it is clamped to the nearest end; anything else is refused with a reason.
 * @example parseTimeParam('2022-01-05', span) // { ok: true, t: 2022-01-06T00:00+06:00, … }
 */
export function parseTimeParam(value: string, span: StoryWindow): TimeParamResult {
  const date = datePattern.exec(value);
  const minute = minutePattern.exec(value);
  let t: number;
  let snapped = false;
  try {
    if (date) {
      t = toInstant(`${date[1]}T00:00+06:00`) + dayMs;
    } else if (minute) {
      const exact = toInstant(`${minute[1]}T${minute[2]}:${minute[3]}+06:00`);
      t = exact;
      snapped = (exact - span.start) % hourMs !== 0;
    } else {
      return { ok: false, reason: `"${value}" is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:mm)` };
    }
  } catch {
    return { ok: false, reason: `"${value}" is not a real date or time` };
  }
  const clamped = t < span.start || t > span.end;
  return { ok: true, t: snapToHour(t, span), clamped, snapped: snapped && !clamped };
}
