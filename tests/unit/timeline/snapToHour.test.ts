import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/timeline/instant';
import { parseTimeParam } from '../../../src/timeline/parseTimeParam';
import { snapToHour } from '../../../src/timeline/snapToHour';

const span = { start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-26T00:00+06:00') };

describe('snapToHour(t, span, direction)', () => {
  it('keeps the hour an instant falls in by default', () => {
    expect(snapToHour(toInstant('2022-01-05T01:59+06:00'), span)).toBe(toInstant('2022-01-05T01:00+06:00'));
  });
  it("moves to the next whole hour with 'up', and leaves whole hours alone", () => {
    expect(snapToHour(toInstant('2022-01-05T01:30+06:00'), span, 'up')).toBe(toInstant('2022-01-05T02:00+06:00'));
    expect(snapToHour(toInstant('2022-01-05T02:00+06:00'), span, 'up')).toBe(toInstant('2022-01-05T02:00+06:00'));
  });
  it('clamps to the window at both ends', () => {
    expect(snapToHour(toInstant('2021-12-31T10:00+06:00'), span)).toBe(span.start);
    expect(snapToHour(toInstant('2022-02-03T10:00+06:00'), span, 'up')).toBe(span.end);
  });
  it('agrees with parseTimeParam: a link and the reducer put the same minute on the same hour', () => {
    const parsed = parseTimeParam('2022-01-05T01:40', span);
    expect(parsed.ok && parsed.t).toBe(snapToHour(toInstant('2022-01-05T01:40+06:00'), span));
  });
});
