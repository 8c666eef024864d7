import { describe, expect, it } from 'vitest';
import { almatyDay, formatAlmatyMinute, startOfAlmatyDay, toInstant } from '../../../src/timeline/instant';

describe('toInstant(iso)', () => {
  it('reads the offset: 01:30 in Nur-Sultan is 00:30 in Aktau', () => {
    expect(toInstant('2022-01-05T01:30+06:00')).toBe(toInstant('2022-01-05T00:30+05:00'));
    expect(new Date(toInstant('2022-01-05T01:30+06:00')).toISOString()).toBe('2022-01-04T19:30:00.000Z');
  });
  it('refuses a time without an offset, which would depend on the reader’s zone', () => {
    expect(() => toInstant('2022-01-05T01:30')).toThrow('not an ISO 8601 time with an offset');
  });
  it('refuses impossible dates and times', () => {
    expect(() => toInstant('2022-02-30T10:00+06:00')).toThrow('not a real calendar time');
    expect(() => toInstant('2022-01-05T25:00+06:00')).toThrow('not a real calendar time');
  });
});

describe('almatyDay(t) and startOfAlmatyDay(t)', () => {
  it('put 23:30 in Aktau (UTC+5) on the next Almaty day', () => {
    const t = toInstant('2022-01-04T23:30+05:00');
    expect(almatyDay(t)).toBe('2022-01-05');
    expect(startOfAlmatyDay(t)).toBe(toInstant('2022-01-05T00:00+06:00'));
  });
  it('formatAlmatyMinute(t) writes the URL form', () => {
    expect(formatAlmatyMinute(toInstant('2022-01-05T00:30+05:00'))).toBe('2022-01-05T01:30');
  });
});
