import { hourMs } from './instant';

/** How often the live region may speak during playback: whichever of the two gaps is longer. */
export const announceDefaults = {
  /** Story time between two announcements during playback (hours): about once per story day. */
  storyGapHours: 24,
  /** Wall time between two announcements during playback (ms): a screen reader needs a few seconds per sentence. */
  wallGapMs: 5000,
} as const;

export interface Announcement {
  text: string;
  /** The story instant it describes (epoch ms). */
  t: number;
  /** When it was spoken (ms on any monotonic clock). */
  wallMs: number;
}

/**
 * Whether the live region should say `next` now, after it last said `last`. Never the same text
 * twice in a row; at once when the reader moved the story by hand (`playing` false); during
 * playback only once both a story day and a few seconds have passed since the last announcement,
 * so that a screen reader can finish each sentence. The text waiting then is the latest beat, not
 * a queue: nothing stale is read out.
 * @example shouldAnnounce(null, { text: '5 Jan, 01:30: First state of emergency.', t, wallMs: 0 }, true) // true
 */
export function shouldAnnounce(last: Announcement | null, next: Announcement, playing: boolean, options = announceDefaults): boolean {
  if (last !== null && next.text === last.text) return false;
  if (last === null || !playing) return true;
  return Math.abs(next.t - last.t) >= options.storyGapHours * hourMs && next.wallMs - last.wallMs >= options.wallGapMs;
}
