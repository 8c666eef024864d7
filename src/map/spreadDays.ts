import { startOfAlmatyDay, type Instant } from '../timeline/instant';
import { styleTokens } from './styleTokens';

/** One Almaty day on which protests reached at least one new place, with its colour in the spread view. */
export interface SpreadDay {
  /** Start of the Almaty day (00:00 UTC+6). */
  day: Instant;
  colour: string;
  /** How many places protests first reached that day. */
  places: number;
}

/**
 * The days of the spread, in order, each with a step of the sequential palette (earliest darkest,
 * the last day lightest), the steps spread evenly over the palette so few days stay far apart;
 * with more days than steps, neighbours share one. `reaches` are the spread index's (any order).
 * @example spreadDays([{ t: jan2 }, { t: jan4 }, { t: jan4 }]).map((d) => d.places) // [1, 2]
 */
export function spreadDays(reaches: readonly { t: number }[], palette: readonly string[] = styleTokens.spreadDay): SpreadDay[] {
  const counts = new Map<number, number>();
  for (const reach of reaches) {
    const day = startOfAlmatyDay(reach.t as Instant);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const days = [...counts.keys()].sort((a, b) => a - b);
  const last = palette.length - 1;
  const step = (index: number) => (days.length > 1 ? Math.round((index * last) / (days.length - 1)) : 0);
  return days.map((day, index) => ({ day: day as Instant, colour: palette[step(index)] as string, places: counts.get(day) as number }));
}

/** The colour of the day `t` falls on, among `days` (the last day's when `t` is past them all). */
export function spreadDayColour(days: readonly SpreadDay[], t: number): string {
  const day = startOfAlmatyDay(t as Instant);
  const found = days.find((entry) => entry.day === day) ?? days[days.length - 1];
  return found?.colour ?? styleTokens.colour.trail;
}
