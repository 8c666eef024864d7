import type { EventType } from '../data/eventTypes';
import type { Place } from '../timeline/buildTimeline';
import { almatyDay, dayMs, type Instant } from '../timeline/instant';
import type { KeyMoment } from '../timeline/keyMoments';
import type { Beat } from './beatAt';
import { storyFor, type StoryIndex } from './buildStoryIndex';

/** One Almaty day of the story window, for the small multiples (src/ui/DaysView.tsx, src/render/drawDayStrip.ts). */
export interface DayBeat {
  /** `YYYY-MM-DD`, Almaty time: the `t` a bare-date link takes to open the map at the end of this day. */
  day: string;
  /** 00:00 Almaty time of the day. */
  start: Instant;
  /** 24:00 of the day (the next day's 00:00): the instant its small map shows. */
  end: Instant;
  /**
   * What the day is remembered by: its most important key moment (with the moments sharing that
   * instant), else every place protests first reached that day, else null (a day of no new turn).
   */
  beat: Extract<Beat, { kind: 'moment' | 'reach' }> | null;
  /** Events of the (filtered) record that start in the day. */
  events: number;
}

/**
 * One entry per Almaty day of the window, with that day's beat. A key moment outranks the spread
 * (as in beatAt: the story's turns are its headline), and among the day's moments the one of the
 * highest priority wins (keyMomentEvents: 1 first); ties in priority go to the earlier. A day's
 * reach gathers all the places first reached in it, so "Protests reach Aktau, Atyrau and 7 more"
 * says the day, not its last hour. Key moments are facts of the story and ignore the type filter;
 * reaches and counts follow it, as the map does.
 * @example dayBeats(index)[4] // { day: '2022-01-05', beat: { kind: 'moment', moments: [first emergency], … }, … }
 */
export function dayBeats(index: StoryIndex, types: readonly EventType[] | null = null): DayBeat[] {
  const { timeline, spread } = storyFor(index, types);
  const days: DayBeat[] = [];
  for (let start = index.window.start; start < index.window.end; start = (start + dayMs) as Instant) {
    const end = (start + dayMs) as Instant;
    const inDay = (t: number) => t >= start && t < end;
    const events = timeline.starts.reduce((count, t) => count + (inDay(t) ? 1 : 0), 0);
    days.push({ day: almatyDay(start), start, end, beat: momentBeat(index, index.keyMoments.filter((m) => inDay(m.t))) ?? reachBeat(spread.reaches.filter((r) => inDay(r.t))), events });
  }
  return days;
}

function momentBeat(index: StoryIndex, moments: readonly KeyMoment[]): DayBeat['beat'] {
  const top = moments.reduce<KeyMoment | null>((best, moment) => (best === null || moment.priority < best.priority ? moment : best), null);
  if (!top) return null;
  const event = index.eventsById.get(top.event);
  return { kind: 'moment', t: top.t, moments: moments.filter((moment) => moment.t === top.t), exactTime: event?.properties.time_precision === 'exact' };
}

function reachBeat(reaches: readonly { t: Instant; place: Place }[]): DayBeat['beat'] {
  const first = reaches[0];
  if (!first) return null;
  // A day's list has no one clock time: the cell names the day, not the hour.
  return { kind: 'reach', t: first.t, places: reaches.map((reach) => reach.place), exactTime: false };
}
