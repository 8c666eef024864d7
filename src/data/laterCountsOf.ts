import type { LaterCounts, RegionLaterCount } from './laterCountTypes';
import type { RegionId } from './regionSchema';

/**
 * A region's later official counts, newest first (a later figure replaces an earlier one of the same
 * kind; both are kept, as the record of what was said when). `latest` keeps the newest per figure.
 * @example laterCountsOf(counts, 'KZ-ALA').map((c) => c.value) // [151, 139]
 */
export function laterCountsOf(counts: LaterCounts, region: RegionId, { latest = false } = {}): RegionLaterCount[] {
  const list = counts.regions
    .filter((count) => count.region === region)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  if (!latest) return list;
  const seen = new Set<string>();
  return list.filter((count) => !seen.has(count.figure) && seen.add(count.figure));
}
