import { describe, expect, it } from 'vitest';
import { eventSummary } from '../../../src/i18n/eventSummary';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { makeEvent } from '../timeline/eventFixture';

const exact = makeEvent('KZ22-030', '2022-01-05T00:30+05:00').properties;
const unknown = makeEvent('KZ22-010', '2022-01-03T12:00+05:00', { time_known: false, time_precision: 'unknown' }).properties;
const evening = makeEvent('KZ22-049', '2022-01-05T19:00+06:00', {
  time_precision: 'part-of-day',
  time_note: 'evening',
  locality: 'Almaty International Airport',
  type: 'property-attack',
}).properties;
const national = makeEvent('KZ22-039', '2022-01-05T19:00+06:00', {
  scope: 'national',
  region: null,
  city: null,
  locality: 'Nationwide (decrees in Nur-Sultan)',
  type: 'government-decision',
}).properties;

describe('eventSummary(event, text, messages)', () => {
  it("gives the event's own local time with its zone, the place and the type in English", () => {
    expect(eventSummary(exact, undefined, en)).toEqual({
      when: '5 January 2022, 00:30 UTC+5',
      where: 'Zhanaozen',
      what: 'Protest',
      locality: 'Zhanaozen',
      timeNote: null,
    });
  });
  it('says "time unknown" and never invents a clock time (e2e wording)', () => {
    expect(eventSummary(unknown, undefined, en).when).toBe('3 January 2022, time unknown');
    expect(eventSummary(unknown, undefined, ru).when).toBe('3 января 2022, время неизвестно');
    expect(eventSummary(unknown, undefined, kk).when).toBe('2022 жылғы 3 қаңтар, уақыты белгісіз');
  });
  it('prefixes national events with "Nationwide"', () => {
    expect(eventSummary(national, undefined, en).where).toBe('Nationwide: Nationwide (decrees in Nur-Sultan)');
  });
  it("uses the reader's language's locality and time note where translated (Russian)", () => {
    const text = { locality: 'Международный аэропорт Алматы', time_note: 'вечером' };
    expect(eventSummary(evening, text, ru)).toEqual({
      when: '5 января 2022, вечером',
      where: 'Международный аэропорт Алматы',
      what: 'Нападение на здания и имущество',
      locality: 'Международный аэропорт Алматы',
      timeNote: 'вечером',
    });
    const decree = { locality: 'Казахстан (указы подписаны в Нур-Султане)' };
    expect(eventSummary(national, decree, ru).where).toBe('По всей стране: Казахстан (указы подписаны в Нур-Султане)');
  });
  it("uses the reader's language's texts in Kazakh and falls back to the data's English where a text is missing", () => {
    expect(eventSummary(evening, { locality: 'Алматы халықаралық әуежайы' }, kk)).toEqual({
      when: '2022 жылғы 5 қаңтар, evening',
      where: 'Алматы халықаралық әуежайы',
      what: 'Ғимараттар мен мүлікке шабуыл',
      locality: 'Алматы халықаралық әуежайы',
      timeNote: 'evening',
    });
    expect(eventSummary(national, undefined, kk).where).toBe('Бүкіл ел бойынша: Nationwide (decrees in Nur-Sultan)');
  });
});
