import { describe, expect, it } from 'vitest';
import { calendars } from '../../../src/i18n/calendar';
import { formatAlmatyInstant } from '../../../src/i18n/formatTime';
import { chooseLanguage } from '../../../src/i18n/language';
import { toInstant } from '../../../src/timeline/instant';

describe('chooseLanguage(param, browserLanguages)', () => {
  it('takes lang first, then the first browser language we have, then English', () => {
    expect(chooseLanguage('kk', ['ru-RU'])).toBe('kk');
    expect(chooseLanguage(null, ['de-DE', 'kk-KZ', 'ru'])).toBe('kk');
    expect(chooseLanguage(null, ['ru_RU'])).toBe('ru');
    expect(chooseLanguage(null, ['de', 'fr'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });
});

describe('calendars (our own code: Chromium has no Kazakh Intl data)', () => {
  const t = toInstant('2022-01-05T18:00+06:00');
  it('writes the slider label in each language', () => {
    expect(formatAlmatyInstant(t, undefined, calendars.en)).toBe('5 January 2022, 18:00');
    expect(formatAlmatyInstant(t, undefined, calendars.ru)).toBe('5 января 2022, 18:00');
    expect(formatAlmatyInstant(t, undefined, calendars.kk)).toBe('2022 жылғы 5 қаңтар, 18:00');
  });

  it('has twelve distinct months and short forms per language', () => {
    for (const calendar of Object.values(calendars)) {
      const months = Array.from({ length: 12 }, (_, month) => calendar.date(1, month, 2022));
      expect(new Set(months).size).toBe(12);
      expect(new Set(Array.from({ length: 12 }, (_, month) => calendar.shortDate(1, month))).size).toBe(12);
    }
    expect(calendars.kk.shortDate(5, 0)).toBe('5 қаң');
  });
});
