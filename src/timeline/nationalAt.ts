import { bisectRight, countInRange } from './bisect';
import type { Timeline, TollReport } from './buildTimeline';
import { dayMs } from './instant';

export interface NationalStatus {
  /** National events (decisions, nationwide reports) at or before t, counted apart from regions. */
  eventsSoFar: number;
  eventsLast24h: number;
  /**
   * The latest official death toll reported at or before t, as it stood then, with its status
   * (`retracted` for a figure later withdrawn); null before the first.
   */
  deathToll: TollReport | null;
}

export function nationalAt(timeline: Timeline, t: number): NationalStatus {
  const tollIndex = bisectRight(timeline.tollStarts, t);
  return {
    eventsSoFar: bisectRight(timeline.national, t),
    eventsLast24h: countInRange(timeline.national, t - dayMs, t),
    deathToll: tollIndex > 0 ? (timeline.tolls[tollIndex - 1] ?? null) : null,
  };
}
