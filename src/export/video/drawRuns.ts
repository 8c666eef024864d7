import { drawFrame, type Size } from '../../render/drawFrame';
import { frameInputAt, type FrameSetting } from '../../render/frameInput';
import { browserPaints } from '../../render/patternPaints';
import type { StoryIndex } from '../../scene/buildStoryIndex';
import { sceneAt, type Scene, type SceneView } from '../../scene/sceneAt';
import type { Instant } from '../../timeline/instant';
import type { FrameRun, FrameSchedule } from '../frameSchedule';
import { yieldToPage } from './yieldToPage';

/** What a recording draws: the story, the view's mode, filter and trail, the words, the size. */
export interface RecordingJob {
  index: StoryIndex;
  /** The view's mode, type filter and trail; `t` is replaced by each frame's instant. */
  view: Omit<SceneView, 't'>;
  setting: FrameSetting;
  schedule: FrameSchedule;
  /** The picture's layout size (frameSizes). */
  size: Size;
  /** Device pixels per layout pixel: 1, or 0.5 for a half-size GIF (the same picture, smaller). */
  scale: number;
}

export type Progress = (framesDone: number, frames: number) => void;

/** A canvas of the recording's pixel size with its 2D context, drawn in layout pixels. */
export function recordingCanvas(job: RecordingJob, readBack: boolean): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(job.size.width * job.scale);
  canvas.height = Math.round(job.size.height * job.scale);
  const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: readBack });
  if (!ctx) throw new Error('no 2D canvas in this browser');
  ctx.scale(job.scale, job.scale);
  return { canvas, ctx };
}

/**
 * Draws each run of the schedule onto `ctx` and hands it to `take` (which encodes it), yielding to
 * the page between runs and stopping at once when `signal` aborts. Each scene is built from the
 * previous one (sceneAt reuses what did not change), as playback does.
 */
export async function drawRuns(job: RecordingJob, ctx: CanvasRenderingContext2D, take: (run: FrameRun, firstFrame: number) => Promise<void>, signal: AbortSignal, progress: Progress): Promise<void> {
  const paints = browserPaints(ctx);
  let previous: Scene | null = null;
  let frame = 0;
  for (const run of job.schedule.runs) {
    signal.throwIfAborted();
    previous = sceneAt(job.index, { ...job.view, t: run.t as Instant }, previous);
    drawFrame(ctx, frameInputAt(previous, job.setting), job.size, paints);
    await take(run, frame);
    frame += run.frames;
    progress(frame, job.schedule.frames);
    await yieldToPage();
  }
  signal.throwIfAborted();
}
