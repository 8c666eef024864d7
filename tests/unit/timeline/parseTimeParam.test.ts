import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/timeline/instant';
import { parseTimeParam } from '../../../src/timeline/parseTimeParam';

const window = { start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-26T00:00+06:00') };

describe('parseTimeParam(value, window)', () => {
  it('reads a bare date as the end of that Almaty day', () => {
    expect(parseTimeParam('2022-01-05', window)).toEqual({ ok: true, t: toInstant('2022-01-06T00:00+06:00'), clamped: false, snapped: false });
  });
  it('reads a minute in Almaty time and snaps it down to the hour', () => {
    expect(parseTimeParam('2022-01-05T16:40', window)).toEqual({ ok: true, t: toInstant('2022-01-05T16:00+06:00'), clamped: false, snapped: true });
  });
  it('clamps an instant outside the window to its nearest end', () => {
    expect(parseTimeParam('2021-12-31', window)).toMatchObject({ ok: true, t: window.start, clamped: false });
    expect(parseTimeParam('2021-12-30', window)).toMatchObject({ ok: true, t: window.start, clamped: true });
    expect(parseTimeParam('2022-03-01T10:00', window)).toMatchObject({ ok: true, t: window.end, clamped: true });
  });
  it('refuses other formats with a reason', () => {
    expect(parseTimeParam('5 January', window)).toMatchObject({ ok: false });
    expect(parseTimeParam('2022-01-05T16:40:00Z', window)).toMatchObject({ ok: false });
    expect(parseTimeParam('<script>', window)).toMatchObject({ ok: false, reason: expect.stringContaining('is not a date') });
  });
  it('refuses an impossible date', () => {
    expect(parseTimeParam('2022-01-32', window)).toEqual({ ok: false, reason: '"2022-01-32" is not a real date or time' });
  });
});
