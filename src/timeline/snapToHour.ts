import { hourMs, type Instant } from './instant';
import type { StoryWindow } from './storyWindow';

/**
 * The one rule for the slider's hour grid: clamp to the span, then snap to the whole hour
 * counted from its start. `down` (the default) keeps the hour an instant falls in, as a link's
 * `t=…T10:40` means 10:00; `up` is for selecting an event, so that it has happened (01:30 → 02:00).
 * @example snapToHour(toInstant('2022-01-05T10:40+06:00'), span) // 10:00
 */
export function snapToHour(t: number, span: StoryWindow, direction: 'down' | 'up' = 'down'): Instant {
  const round = direction === 'down' ? Math.floor : Math.ceil;
  const snapped = span.start + round((t - span.start) / hourMs) * hourMs;
  return Math.min(Math.max(snapped, span.start), span.end) as Instant;
}
