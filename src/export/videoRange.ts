import { formatAlmatyDate, formatAlmatyInstant } from '../i18n/formatTime';
import type { Messages } from '../i18n/messages';
import { dayMs, type Instant } from '../timeline/instant';
import type { KeyMoment } from '../timeline/keyMoments';
import type { StoryWindow } from '../timeline/storyWindow';

/** A moment the recording can start or end at, with its words for the select. */
export interface RangeChoice {
  t: number;
  label: string;
}

/**
 * The moments a recording may start or end at, in time order: the story's start and end, the start
 * of each Almaty day, and each key moment (the slider's markers). One list for both selects, so any
 * start can be paired with any later end.
 * @example rangeChoices(index.window, index.keyMoments, messages)[0] // { t: window.start, label: "1 January 2022, 00:00 (start of the story)" }
 */
export function rangeChoices(story: StoryWindow, keyMoments: readonly KeyMoment[], messages: Messages): RangeChoice[] {
  const { calendar } = messages;
  const v = messages.recording;
  const byT = new Map<number, RangeChoice>();
  for (let t = story.start + dayMs; t < story.end; t += dayMs) {
    byT.set(t, { t, label: `${formatAlmatyDate(t as Instant, calendar)}, 00:00` });
  }
  for (const moment of keyMoments) {
    if (moment.t < story.start || moment.t > story.end) continue;
    const when = formatAlmatyInstant(moment.t, story.start, calendar);
    byT.set(moment.t, { t: moment.t, label: `${when} · ${messages.keyMoments[moment.id]}` });
  }
  byT.set(story.start, { t: story.start, label: v.storyStart(formatAlmatyInstant(story.start as Instant, story.start, calendar)) });
  byT.set(story.end, { t: story.end, label: v.storyEnd(formatAlmatyInstant(story.end as Instant, story.start, calendar)) });
  return [...byT.values()].sort((a, b) => a.t - b.t);
}

/** Why a range cannot be recorded, or null when it can. */
export type RangeProblem = 'end-not-after-start' | 'outside-story' | null;

/** Checks a chosen range: the end strictly after the start, both inside the story window. */
export function checkRange(from: number, to: number, story: StoryWindow): RangeProblem {
  if (!Number.isFinite(from) || !Number.isFinite(to) || from < story.start || to > story.end) return 'outside-story';
  return to > from ? null : 'end-not-after-start';
}
