import type { Palette } from 'gifenc';
import { drawRuns, recordingCanvas, type Progress, type RecordingJob } from './drawRuns';

/**
 * Records the schedule as an animated GIF with gifenc (imported here, out of the first view). One
 * GIF frame per run, held for the run's frames (a delay, so an instant that stays on screen costs
 * one frame, not ten). One palette for the whole GIF, quantized from the first and the last
 * pictures: the map has few colours, and a fixed palette keeps them from flickering between frames.
 * After the first frame, a pixel that did not change is written as the transparent index over the
 * frame before (disposal 1): mostly the date and a few regions change, and long runs of that one
 * index cost LZW almost nothing (measured: the whole story at 540² shrank from 21.8 MB to 0.9 MB).
 */
export async function encodeGif(job: RecordingJob, signal: AbortSignal, progress: Progress): Promise<Blob> {
  const { GIFEncoder, quantize, applyPalette } = await import('gifenc');
  const { canvas, ctx } = recordingCanvas(job, true);
  const { width, height } = canvas;
  const pixels = () => ctx.getImageData(0, 0, width, height).data;
  // 255 colours and one more index, never drawn, that means "as in the frame before".
  const palette = await paletteOf(job, ctx, pixels, quantize, signal);
  const unchanged = palette.length;
  const table = [...palette, [0, 0, 0]];
  const gif = GIFEncoder({ initialCapacity: 1 << 20 });
  const frameMs = 1000 / job.schedule.fps;
  let previous: Uint8Array | null = null;
  await drawRuns(
    job,
    ctx,
    async (run) => {
      const index = applyPalette(pixels(), palette);
      const delay = run.frames * frameMs;
      if (previous === null) gif.writeFrame(index, width, height, { palette: table, delay, repeat: 0, dispose: 1 });
      else gif.writeFrame(changesFrom(previous, index, unchanged), width, height, { delay, transparent: true, transparentIndex: unchanged, dispose: 1 });
      previous = index;
    },
    signal,
    progress,
  );
  gif.finish();
  return new Blob([gif.bytesView().slice()], { type: 'image/gif' });
}

/**
 * The palette of the first and last runs' pictures together (the end has the most colours on the
 * map): their most frequent colours exactly (the flat fills of paper, land, water and levels, which
 * the quantizer alone averaged into tints), then gifenc's quantizer for the blends at edges and text.
 */
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
  const exact = frequentColours(joined, gifDefaults.exactColours);
  return [...exact, ...quantize(joined, 255 - exact.length)];
}

const gifDefaults = {
  /** Palette entries taken exactly from the most frequent colours (of 255). */
  exactColours: 64,
} as const;

/** The `n` most frequent RGB colours of an RGBA buffer, most frequent first. */
function frequentColours(rgba: Uint8ClampedArray, n: number): Palette {
  const counts = new Map<number, number>();
  for (let i = 0; i < rgba.length; i += 4) {
    const key = ((rgba[i] ?? 0) << 16) | ((rgba[i + 1] ?? 0) << 8) | (rgba[i + 2] ?? 0);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key]) => [(key >> 16) & 255, (key >> 8) & 255, key & 255]);
}

/** `next` with every pixel equal to `previous`'s replaced by `unchanged` (transparent). */
function changesFrom(previous: Uint8Array, next: Uint8Array, unchanged: number): Uint8Array {
  const out = new Uint8Array(next.length);
  for (let i = 0; i < next.length; i++) out[i] = next[i] === previous[i] ? unchanged : (next[i] ?? unchanged);
  return out;
}
