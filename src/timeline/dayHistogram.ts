import { bisectRight } from './bisect';
import { dayMs } from './instant';
import type { StoryWindow } from './storyWindow';

export interface DayBin {
  /** 00:00 Almaty time of the day. */
  start: number;
  count: number;
}

/** Events per Almaty-time day across the window, from the sorted start instants. */
export function dayHistogram(starts: Float64Array, span: StoryWindow): DayBin[] {
  const bins: DayBin[] = [];
  for (let start: number = span.start; start < span.end; start += dayMs) {
    // Days are [00:00, 24:00): count starts in [start, start + 1 day).
    const count = bisectRight(starts, start + dayMs - 1) - bisectRight(starts, start - 1);
    bins.push({ start, count });
  }
  return bins;
}
