import { describe, expect, it } from 'vitest';
import { spreadDayColour, spreadDays } from '../../../src/map/spreadDays';
import { styleTokens } from '../../../src/map/styleTokens';
import { toInstant } from '../../../src/timeline/instant';

const at = (iso: string) => ({ t: toInstant(iso) });

describe('spreadDays(reaches, palette)', () => {
  it('gives each Almaty day with a new place a palette step, earliest darkest, the last lightest, with its count', () => {
    const days = spreadDays([at('2022-01-04T10:00+06:00'), at('2022-01-02T11:00+05:00'), at('2022-01-04T23:00+06:00')]);
    expect(days).toEqual([
      { day: toInstant('2022-01-02T00:00+06:00'), colour: styleTokens.spreadDay[0], places: 1 },
      { day: toInstant('2022-01-04T00:00+06:00'), colour: styleTokens.spreadDay[4], places: 2 },
    ]);
  });
  it('counts days by Almaty time: 23:30 in Aktau (UTC+5) is already the next day', () => {
    expect(spreadDays([at('2022-01-02T23:30+05:00')])[0]?.day).toBe(toInstant('2022-01-03T00:00+06:00'));
  });
  it('spreads four days over five steps, skipping one, and lets more days than steps share', () => {
    const four = spreadDays([2, 3, 4, 5].map((day) => at(`2022-01-0${day}T12:00+06:00`)));
    expect(four.map((day) => day.colour)).toEqual([0, 1, 3, 4].map((index) => styleTokens.spreadDay[index]));
    const days = spreadDays([1, 2, 3].map((day) => at(`2022-01-0${day}T12:00+06:00`)), ['#111111', '#222222']);
    expect(days.map((day) => day.colour)).toEqual(['#111111', '#222222', '#222222']);
  });
  it('is empty for no reaches', () => {
    expect(spreadDays([])).toEqual([]);
  });
});

describe('spreadDayColour(days, t)', () => {
  const days = spreadDays([at('2022-01-02T12:00+06:00'), at('2022-01-03T12:00+06:00')]);
  it("is the colour of t's day", () => {
    expect(spreadDayColour(days, toInstant('2022-01-03T01:00+06:00'))).toBe(styleTokens.spreadDay[4]);
  });
  it('falls back to the last day, or to the trail colour with no days', () => {
    expect(spreadDayColour(days, toInstant('2022-01-09T01:00+06:00'))).toBe(styleTokens.spreadDay[4]);
    expect(spreadDayColour([], 0)).toBe(styleTokens.colour.trail);
  });
});
