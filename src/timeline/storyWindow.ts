import { dayMs, startOfAlmatyDay, toInstant, type Instant } from './instant';

/** The slider's range: from 00:00 Almaty time on 1 January 2022 to 24:00 of the last event's day. */
export interface StoryWindow {
  start: Instant;
  end: Instant;
}

export const storyStart = toInstant('2022-01-01T00:00+06:00');

/** CONTRACT.md: the window ends at 24:00 Almaty time of the last event's day. */
export function storyWindow(lastEvent: Instant | undefined): StoryWindow {
  if (lastEvent === undefined || lastEvent < storyStart) return { start: storyStart, end: (storyStart + dayMs) as Instant };
  return { start: storyStart, end: (startOfAlmatyDay(lastEvent) + dayMs) as Instant };
}
