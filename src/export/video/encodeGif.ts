import type { Palette } from 'gifenc';
import { drawRuns, recordingCanvas, type Progress, type RecordingJob } from './drawRuns';

/**
 * Records the schedule as an animated GIF with gifenc (imported here, out of the first view). One
 * GIF frame per run, held for the run's frames (a delay, so an instant that stays on screen costs
 * one frame, not ten). One palette for the whole GIF, quantized from the first and the last
 * pictures: the map has few colours, and a fixed palette keeps them from flickering between frames.
 */
export async function encodeGif(job: RecordingJob, signal: AbortSignal, progress: Progress): Promise<Blob> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const { canvas, ctx } = recordingCanvas(job, true);
  const { width, height } = canvas;
  const pixels = () => ctx.getImageData(0, 0, width, height).data;
  const palette = await paletteOf(job, ctx, pixels, quantize, signal);
  const gif = GIFEncoder({ initialCapacity: 1 << 20 });
  const frameMs = 1000 / job.schedule.fps;
  await drawRuns(
    job,
    ctx,
    async (run, first) => {
      const index = applyPalette(pixels(), palette);
      gif.writeFrame(index, width, height, { palette: first === 0 ? palette : undefined, delay: run.frames * frameMs, repeat: 0 });
    },
    signal,
    progress,
  );
  gif.finish();
  return new Blob([gif.bytesView().slice()], { type: 'image/gif' });
}

/** The palette of the first and last runs' pictures together (the end has the most colours on the map). */
async function paletteOf(
  job: RecordingJob,
  ctx: CanvasRenderingContext2D,
  pixels: () => Uint8ClampedArray,
  quantize: (rgba: Uint8ClampedArray, maxColors: number) => Palette,
  signal: AbortSignal,
): Promise<Palette> {
  const runs = job.schedule.runs;
  const ends = { ...job.schedule, runs: runs.length > 1 ? [runs[0], runs.at(-1)].filter((run) => run !== undefined) : runs };
  const samples: Uint8ClampedArray[] = [];
  await drawRuns({ ...job, schedule: ends }, ctx, async () => void samples.push(pixels()), signal, () => undefined);
  const joined = new Uint8ClampedArray(samples.reduce((sum, sample) => sum + sample.length, 0));
  let offset = 0;
  for (const sample of samples) {
    joined.set(sample, offset);
    offset += sample.length;
  }
  return quantize(joined, 256);
}
