import type { Messages } from './messages';
import { trackStatusParts, type TrackStatusFacts } from './trackStatusParts';

/**
 * A place's state at the instant as lines of plain text (level, counts, first event), for its
 * tooltip and the details panel alike; no status (no events there) gives no lines.
 */
export function placeStatusLines(status: TrackStatusFacts | undefined, messages: Messages): string[] {
  if (!status) return [];
  const parts = trackStatusParts(status, messages);
  return [parts.level, parts.counts, parts.firstEvent];
}
