import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { formatAlmatyInstant, formatEventTime } from '../../../src/i18n/formatTime';
import { toInstant } from '../../../src/timeline/instant';
import { sliderValueText } from '../../../src/ui/sliderText';

const storyStart = toInstant('2022-01-01T00:00+06:00');

describe('formatAlmatyInstant(t, storyStart)', () => {
  it('writes the Almaty date and hour', () => {
    expect(formatAlmatyInstant(toInstant('2022-01-05T18:00+06:00'))).toBe('5 January 2022, 18:00');
    expect(formatAlmatyInstant(toInstant('2022-01-05T17:00+05:00'))).toBe('5 January 2022, 18:00');
  });
  it('reads midnight as the end of the day that ended, except at the start of the story', () => {
    expect(formatAlmatyInstant(toInstant('2022-01-03T00:00+06:00'), storyStart)).toBe('end of 2 January 2022');
    expect(formatAlmatyInstant(storyStart, storyStart)).toBe('1 January 2022, 00:00');
  });
  it('says "end of" in every language, with the month in the case each needs', () => {
    const midnight = toInstant('2022-01-05T00:00+06:00');
    expect(formatAlmatyInstant(midnight, storyStart, ru.calendar)).toBe('конец 4 января 2022');
    expect(formatAlmatyInstant(midnight, storyStart, kk.calendar)).toBe('2022 жылғы 4 қаңтардың соңы');
  });
  it('ends a month on its last day, not on day 0 of the next', () => {
    expect(formatAlmatyInstant(toInstant('2022-02-01T00:00+06:00'), storyStart)).toBe('end of 31 January 2022');
    expect(formatAlmatyInstant(toInstant('2022-02-01T00:00+06:00'), storyStart, kk.calendar)).toBe('2022 жылғы 31 қаңтардың соңы');
  });
  it('never prints 24:00 in any language', () => {
    for (const messages of [en, ru, kk]) {
      expect(formatAlmatyInstant(toInstant('2022-01-10T00:00+06:00'), storyStart, messages.calendar)).not.toContain('24:00');
    }
  });
});

describe('formatEventTime(event)', () => {
  it("shows an exact time on the event's own clock with its zone", () => {
    expect(formatEventTime({ start: '2022-01-05T00:30+05:00', time_known: true, time_precision: 'exact' })).toEqual({
      date: '5 January 2022',
      time: '00:30 UTC+5',
      note: null,
    });
  });
  it('shows the words of an imprecise time, never the placement hour', () => {
    expect(formatEventTime({ start: '2022-01-05T19:00+06:00', time_known: true, time_precision: 'part-of-day', time_note: 'evening' })).toEqual({
      date: '5 January 2022',
      time: null,
      note: 'evening',
    });
  });
  it('gives neither time nor note when the time of day is unknown', () => {
    expect(formatEventTime({ start: '2022-01-03T12:00+05:00', time_known: false, time_precision: 'unknown' })).toEqual({
      date: '3 January 2022',
      time: null,
      note: null,
    });
  });
});

describe('sliderValueText(t, storyStart, regions, messages)', () => {
  it('says the same count as the headline in the last-24-hours mode', () => {
    expect(sliderValueText(toInstant('2022-01-12T00:00+06:00'), storyStart, 'No protests in the last 24 hours', en)).toBe(
      'end of 11 January 2022 Almaty time: no protests in the last 24 hours',
    );
    expect(sliderValueText(toInstant('2022-01-12T00:00+06:00'), storyStart, ru.story.noneNow, ru)).toBe('конец 11 января 2022 по времени Алматы: за последние 24 часа протестов нет');
  });
  it('reads like the WAI-ARIA example: date, time, zone and the count of regions', () => {
    expect(sliderValueText(toInstant('2022-01-05T18:00+06:00'), storyStart, 'Protests in 15 of 17 regions', en)).toBe(
      '5 January 2022, 18:00 Almaty time: protests in 15 of 17 regions',
    );
  });
});
