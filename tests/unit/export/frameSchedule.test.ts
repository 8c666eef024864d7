import { describe, expect, it } from 'vitest';
import { frameSchedule, scheduleDefaults, scheduleSeconds } from '../../../src/export/frameSchedule';
import { hourMs } from '../../../src/timeline/instant';
import { paceDefaults, playbackDuration, playbackStep } from '../../../src/timeline/playbackPace';
// The same ten days as playbackPace.test.ts.
import { at, beat, normal, pace } from '../timeline/paceFixture';

const fps = 30;

/** The instant each frame shows, from the runs. */
const instantsOf = (runs: readonly { t: number; frames: number }[]) => runs.flatMap((run) => Array<number>(run.frames).fill(run.t));

describe('frameSchedule(pace, from, to, hoursPerSecond, fps)', () => {
  it('lasts as long as Play takes over the range, plus the hold on the end moment', () => {
    const from = at('2022-01-04T00:00+06:00');
    const to = at('2022-01-06T00:00+06:00');
    const schedule = frameSchedule(pace, from, to, normal, fps);
    const playMs = playbackDuration(pace, from, to, normal);
    expect(scheduleSeconds(schedule)).toBeCloseTo((playMs + scheduleDefaults.holdEndMs) / 1000, 1);
    expect(schedule.frames).toBe(schedule.runs.reduce((sum, run) => sum + run.frames, 0));
  });
  it('starts on the start moment and ends on the end moment, held for holdEndMs', () => {
    const from = at('2022-01-04T00:00+06:00');
    const to = at('2022-01-05T00:00+06:00');
    const { runs } = frameSchedule(pace, from, to, normal, fps);
    expect(runs[0]?.t).toBe(from);
    expect(runs.at(-1)).toEqual({ t: to, frames: (scheduleDefaults.holdEndMs * fps) / 1000 });
  });
  it('shows each hour for the frames its playback step waits: a dense hour longer than a quiet one', () => {
    const { runs } = frameSchedule(pace, at('2022-01-05T06:00+06:00'), at('2022-01-05T08:00+06:00'), normal, fps);
    const delay = playbackStep(pace, at('2022-01-05T06:00+06:00'), normal, false).delayMs;
    expect(runs[0]?.frames).toBe(Math.ceil((delay * fps) / 1000));
    const quietRuns = frameSchedule(pace, at('2022-01-09T18:00+06:00'), at('2022-01-09T20:00+06:00'), normal, fps).runs;
    expect(quietRuns[0]!.frames).toBeLessThan(runs[0]!.frames);
  });
  it('pauses on a key moment for beatPauseMs more', () => {
    const { runs } = frameSchedule(pace, beat - 2 * hourMs, beat + 2 * hourMs, normal, fps);
    const onBeat = runs.find((run) => run.t === beat)!;
    const before = runs.find((run) => run.t === beat - hourMs)!;
    expect(onBeat.frames - before.frames).toBeGreaterThanOrEqual((paceDefaults.beatPauseMs * fps) / 1000 - 1);
  });
  it('moves forward only, one hour at a time, and never past the end', () => {
    const from = at('2022-01-03T00:00+06:00');
    const to = at('2022-01-03T05:30+06:00');
    const instants = instantsOf(frameSchedule(pace, from, to, normal, fps).runs);
    for (let i = 1; i < instants.length; i++) expect(instants[i]! - instants[i - 1]!).toBeGreaterThanOrEqual(0);
    expect(Math.max(...instants)).toBe(to);
    // The last step is cut at the half hour: 05:00 then 05:30.
    expect([...new Set(instants)].slice(-2)).toEqual([at('2022-01-03T05:00+06:00'), to]);
  });
  it('skips instants shorter than a frame at a low frame rate (the GIF), keeping the total length', () => {
    const from = at('2022-01-08T00:00+06:00');
    const to = at('2022-01-10T00:00+06:00');
    const video = frameSchedule(pace, from, to, 24, 30);
    const gif = frameSchedule(pace, from, to, 24, 10);
    expect(gif.runs.length).toBeLessThan(video.runs.length);
    expect(scheduleSeconds(gif)).toBeCloseTo(scheduleSeconds(video), 0);
  });
  it('throws on an end that is not after the start', () => {
    const t = at('2022-01-05T00:00+06:00');
    expect(() => frameSchedule(pace, t, t, normal, fps)).toThrow(RangeError);
    expect(() => frameSchedule(pace, t, t - hourMs, normal, fps)).toThrow(/must come after/);
  });
});
