import type { RegionId } from '../data/types';
import type { Timeline } from './buildTimeline';
import { almatyDay, dayMs, type Instant } from './instant';
import { regionStatusAt } from './regionStatusAt';
import type { Mode } from './trackStatusAt';

/** One letter per state, so a day of 17 regions reads at a glance in a golden file. */
export interface DayRow {
  /** Almaty-time day whose end (24:00) the row describes. */
  day: string;
  regions: Record<RegionId, { level: string; emergency: boolean; threat: string; events: number }>;
}

/**
 * The status of every region at the end (24:00 Almaty time) of each day of the story window:
 * what a reader sees with `?t=YYYY-MM-DD`.
 */
export function dailyStatusTable(timeline: Timeline, mode: Mode): DayRow[] {
  const rows: DayRow[] = [];
  for (let end = timeline.window.start + dayMs; end <= timeline.window.end; end += dayMs) {
    const statuses = regionStatusAt(timeline, end, mode);
    const regions = {} as DayRow['regions'];
    for (const [id, status] of statuses) {
      regions[id] = { level: status.level, emergency: status.emergency, threat: status.threat, events: status.eventsSoFar };
    }
    rows.push({ day: almatyDay((end - 1) as Instant), regions });
  }
  return rows;
}
