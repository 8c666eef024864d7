import { describe, expect, it } from 'vitest';
import { buildPaceIndex, paceDefaults, playbackDuration, playbackStep } from '../../../src/timeline/playbackPace';
import { hourMs } from '../../../src/timeline/instant';
import { at, beat, normal, pace, window } from './paceFixture';

describe('playbackStep(pace, t, hoursPerSecond, reducedMotion)', () => {
  it('steps one hour at the chosen speed, stretched by the events around t', () => {
    const step = playbackStep(pace, at('2022-01-05T12:00+06:00'), normal, false);
    expect(step.hours).toBe(1);
    expect(step.delayMs).toBe(Math.round((1000 / normal) * paceDefaults.slowest));
  });
  it('passes quiet hours faster than the chosen speed, but at most `fastest` times', () => {
    const step = playbackStep(pace, at('2022-01-09T20:00+06:00'), normal, false);
    expect(step.delayMs).toBe(Math.round(1000 / normal / paceDefaults.fastest));
  });
  it('never waits longer than `slowest` times the chosen speed, however dense', () => {
    const crowded = buildPaceIndex(Float64Array.from({ length: 5000 }, (_, i) => at('2022-01-05T00:00+06:00') + i * 1000), window, []);
    expect(playbackStep(crowded, at('2022-01-05T01:00+06:00'), normal, false).delayMs).toBe(Math.round((1000 / normal) * paceDefaults.slowest));
  });
  it('pauses at a key moment: on the step that arrives at it, not the one before or after', () => {
    const before = playbackStep(pace, beat - hourMs, normal, false).delayMs;
    const arriving = playbackStep(pace, beat, normal, false).delayMs;
    const after = playbackStep(pace, beat + hourMs, normal, false).delayMs;
    expect(arriving - before).toBe(paceDefaults.beatPauseMs);
    expect(after).toBe(before);
  });
  it('under reduced motion changes the map in fewer, longer steps and still stops at the key moment', () => {
    const step = playbackStep(pace, at('2022-01-09T20:00+06:00'), normal, true);
    expect(step.hours).toBe(paceDefaults.reducedMotionStepHours);
    expect(playbackStep(pace, beat + 2 * hourMs, normal, true).delayMs).toBeGreaterThanOrEqual(paceDefaults.beatPauseMs);
  });
  it('scales with the speed: twice the speed, half the wait (beats aside)', () => {
    const t = at('2022-01-03T12:00+06:00');
    expect(playbackStep(pace, t, 24, false).delayMs).toBeCloseTo(playbackStep(pace, t, 12, false).delayMs / 2, -1);
  });
  it('handles an empty record (no density): every step at half the chosen wait', () => {
    const empty = buildPaceIndex(new Float64Array(), window, []);
    expect(playbackStep(empty, at('2022-01-03T12:00+06:00'), normal, false).delayMs).toBe(Math.round(1000 / normal / paceDefaults.fastest));
  });
});

describe('playbackDuration(pace, from, to, hoursPerSecond)', () => {
  it('spends more wall time on the dense day than on a quiet one', () => {
    const denseDay = playbackDuration(pace, at('2022-01-05T00:00+06:00'), at('2022-01-06T00:00+06:00'), normal);
    const quietDay = playbackDuration(pace, at('2022-01-09T00:00+06:00'), at('2022-01-10T00:00+06:00'), normal);
    expect(denseDay).toBeGreaterThan(4 * quietDay);
  });
});
