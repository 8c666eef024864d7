import { describe, expect, it } from 'vitest';
import { almatyDay, formatAlmatyMinute, readInstant, startOfAlmatyDay, toInstant } from '../../../src/timeline/instant';

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
  it('refuses 24:00, which would roll over to 00:00 of the next day (one spelling per instant)', () => {
    expect(() => toInstant('2022-01-05T24:00+06:00')).toThrow('not a real calendar time');
  });
  it('refuses 29 February outside a leap year and accepts it in one', () => {
    expect(() => toInstant('2022-02-29T12:00+06:00')).toThrow('not a real calendar time');
    expect(new Date(toInstant('2024-02-29T12:00Z')).toISOString()).toBe('2024-02-29T12:00:00.000Z');
  });
  it('refuses minute 60, second 60 and offsets no clock has', () => {
    for (const iso of ['2022-01-05T10:60+06:00', '2022-01-05T10:00:60+06:00', '2022-01-05T10:00+24:00', '2022-01-05T10:00+05:60']) {
      expect(() => toInstant(iso), iso).toThrow('not a real calendar time');
    }
  });
  it('reads seconds, Z and negative offsets', () => {
    expect(toInstant('2022-01-05T01:30:15+06:00')).toBe(Date.UTC(2022, 0, 4, 19, 30, 15));
    expect(toInstant('2022-01-04T19:30Z')).toBe(toInstant('2022-01-05T01:30+06:00'));
    expect(toInstant('2022-01-04T14:30-05:00')).toBe(toInstant('2022-01-05T01:30+06:00'));
  });
  it('reads a year below 100 as itself, not as 19xx', () => {
    expect(new Date(toInstant('0022-01-05T00:00Z')).getUTCFullYear()).toBe(22);
  });
  it('refuses a date without a time, and fractional seconds', () => {
    expect(() => toInstant('2022-01-05')).toThrow('not an ISO 8601 time with an offset');
    expect(() => toInstant('2022-01-05T10:00:00.5+06:00')).toThrow('not an ISO 8601 time with an offset');
  });
});

describe('readInstant(iso)', () => {
  it('returns the instant toInstant would', () => {
    expect(readInstant('2022-01-05T01:30+06:00')).toEqual({ ok: true, t: toInstant('2022-01-05T01:30+06:00') });
  });
  it("tells a missing offset ('format') from an impossible date ('calendar') without throwing", () => {
    expect(readInstant('2022-01-05T01:30')).toEqual({ ok: false, reason: 'format' });
    expect(readInstant('2022-02-30T10:00+05:00')).toEqual({ ok: false, reason: 'calendar' });
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
