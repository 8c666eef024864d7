import { hourMs } from '../timeline/instant';
import { paceDefaults, playbackStep, type PaceIndex } from '../timeline/playbackPace';

/** How a recording of the playback is timed. */
export const scheduleDefaults = {
  /** Frames per second of the MP4/WebM video. */
  videoFps: 30,
  /** Frames per second of the GIF: fewer frames, a smaller file; browsers clamp faster GIFs anyway. */
  gifFps: 10,
  /** The end moment stays on screen this long (ms), so the last picture can be read. */
  holdEndMs: 2000,
} as const;

/** One picture of the recording: the instant it shows and for how many frames. */
export interface FrameRun {
  t: number;
  frames: number;
}

/** What a recording shows, frame by frame, in runs of the same instant. */
export interface FrameSchedule {
  fps: number;
  runs: readonly FrameRun[];
  /** Frames in all (the sum of the runs). */
  frames: number;
}

/**
 * The frames of a recording of Play from `from` to `to` at `hoursPerSecond`: each instant stays on
 * screen as long as playback would keep it there (playbackStep: slower over dense days, a pause at
 * key moments), then `to` is held for `holdEndMs`. Frame k shows the instant on screen at k / fps
 * seconds; an instant shorter than a frame is skipped, as a screen would skip it. The last step is
 * cut at `to`, so the recording ends on exactly the chosen moment.
 * @example frameSchedule(pace, day4, day5noon, 8, 30).frames // 30 × the seconds Play takes, plus 2 s
 */
export function frameSchedule(pace: PaceIndex, from: number, to: number, hoursPerSecond: number, fps: number, holdEndMs: number = scheduleDefaults.holdEndMs): FrameSchedule {
  if (!(to > from)) throw new RangeError(`the end (${to}) must come after the start (${from})`);
  const runs: FrameRun[] = [];
  let elapsedMs = 0;
  let framesSoFar = 0;
  const show = (t: number, ms: number) => {
    elapsedMs += ms;
    // Frames whose start time falls before the end of this instant's time on screen.
    const framesBy = Math.ceil((elapsedMs * fps) / 1000 - 1e-9);
    const frames = framesBy - framesSoFar;
    if (frames <= 0) return;
    framesSoFar = framesBy;
    runs.push({ t, frames });
  };
  for (let t = from; t < to; ) {
    const step = playbackStep(pace, t, hoursPerSecond, false, paceDefaults);
    show(t, step.delayMs);
    t = Math.min(to, t + step.hours * hourMs);
  }
  show(to, holdEndMs);
  return { fps, runs, frames: framesSoFar };
}

/** The recording's length in seconds. */
export function scheduleSeconds(schedule: FrameSchedule): number {
  return schedule.frames / schedule.fps;
}
