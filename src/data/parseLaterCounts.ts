import { checkLaterCounts } from './checkLaterCounts';
import { DataError } from './dataError';
import type { LaterCount, LaterCounts, RegionLaterCount } from './laterCountTypes';

/**
 * geo/later-counts.json → LaterCounts. Throws a DataError naming the file, the entry and the field
 * of the first problem (checkLaterCounts lists them all).
 */
export function parseLaterCounts(json: unknown, file = 'later-counts.json'): LaterCounts {
  const [problem] = checkLaterCounts(json);
  if (problem !== undefined) throw new DataError(file, problem);
  // Checked above: the shapes below are what checkLaterCounts admits.
  const doc = json as { story_window_end: string; national: LaterCount[]; regions: RegionLaterCount[] };
  return { storyWindowEnd: doc.story_window_end, national: doc.national, regions: doc.regions };
}
