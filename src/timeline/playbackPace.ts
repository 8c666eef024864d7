import { countInRange } from './bisect';
import { hourMs } from './instant';
import type { StoryWindow } from './storyWindow';

/** How playback paces the story: slower where events are dense, a pause at each key moment. */
export const paceDefaults = {
  /** Events are counted in a window this wide, centred on the instant (hours): a day, so no hour of a busy day races. */
  windowHours: 24,
  /** Quiet stretches pass at most this many times faster than the chosen speed. */
  fastest: 2,
  /** The densest stretches pass at most this many times slower than the chosen speed. */
  slowest: 3,
  /** Reading time added on arriving at a key moment (ms). */
  beatPauseMs: 1200,
  /** Under prefers-reduced-motion the map changes in steps this long (hours): fewer, calmer changes. */
  reducedMotionStepHours: 6,
} as const;

export interface PaceIndex {
  /** Sorted event instants of the whole record. */
  starts: Float64Array;
  /** Key moment instants, sorted. */
  beats: Float64Array;
  /** Events in an average window of `windowHours` over the story (the density of factor 1). */
  meanPerWindow: number;
}

export interface PlaybackStep {
  /** Story hours to advance. */
  hours: number;
  /** Wall-clock wait before advancing (ms). */
  delayMs: number;
}

/** Built once per dataset; `playbackStep` then costs two binary searches per step. */
export function buildPaceIndex(starts: Float64Array, story: StoryWindow, beats: readonly number[]): PaceIndex {
  const spans = Math.max(1, (story.end - story.start) / (paceDefaults.windowHours * hourMs));
  return { starts, beats: Float64Array.from(beats).sort(), meanPerWindow: Math.max(1, starts.length / spans) };
}

/**
 * The next step of playback from `t` (the instant on screen) at `hoursPerSecond`: the wait is the
 * chosen speed's, stretched by the density of events around t (clamped to [1/fastest, slowest]),
 * plus `beatPauseMs` when the step just arrived at a key moment.
 * @example playbackStep(pace, toInstant('2022-01-05T12:00+06:00'), 8, false) // { hours: 1, delayMs: 375 }
 */
export function playbackStep(pace: PaceIndex, t: number, hoursPerSecond: number, reducedMotion: boolean, options = paceDefaults): PlaybackStep {
  const hours = reducedMotion ? options.reducedMotionStepHours : 1;
  const half = (options.windowHours / 2) * hourMs;
  const density = countInRange(pace.starts, t - half, t + half) / pace.meanPerWindow;
  const factor = Math.min(options.slowest, Math.max(1 / options.fastest, density));
  const arrivedAtBeat = countInRange(pace.beats, t - hours * hourMs, t) > 0;
  const delayMs = (hours * 1000 * factor) / hoursPerSecond + (arrivedAtBeat ? options.beatPauseMs : 0);
  return { hours, delayMs: Math.round(delayMs) };
}

/** Wall time (ms) to play from `from` to `to`: the figure the pacing is tuned by (4–6 January at Normal). */
export function playbackDuration(pace: PaceIndex, from: number, to: number, hoursPerSecond: number, reducedMotion = false): number {
  let total = 0;
  for (let t = from; t < to; ) {
    const step = playbackStep(pace, t, hoursPerSecond, reducedMotion);
    total += step.delayMs;
    t += step.hours * hourMs;
  }
  return total;
}
