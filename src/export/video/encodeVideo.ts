import { chooseVideoFormat, type VideoFormat } from '../chooseVideoFormat';
import { drawRuns, recordingCanvas, type Progress, type RecordingJob } from './drawRuns';

/** Why a video could not be made, in terms the dialog can put into words. */
export class VideoSupportError extends Error {
  constructor(readonly reason: 'no-webcodecs' | 'no-codec') {
    super(reason === 'no-webcodecs' ? 'this browser has no WebCodecs VideoEncoder' : 'no H.264 or VP9 encoder at this size');
  }
}

/**
 * Records the schedule as a video: H.264 in MP4 where the browser's encoder offers it, else VP9 in
 * WebM (chooseVideoFormat), through mediabunny, imported here so it stays out of the first view.
 * Constant frame rate (what social platforms and editors expect); a run of equal frames is drawn
 * once and encoded `run.frames` times. On abort the encoder is released and nothing is returned.
 */
export async function encodeVideo(job: RecordingJob, signal: AbortSignal, progress: Progress): Promise<{ blob: Blob; format: VideoFormat }> {
  if (typeof VideoEncoder === 'undefined') throw new VideoSupportError('no-webcodecs');
  const mb = await import('mediabunny');
  const { canvas, ctx } = recordingCanvas(job, false);
  const { width, height } = canvas;
  const { fps } = job.schedule;
  // High quality keeps small type sharp; the encoders' variable bitrate spends little on unchanged frames.
  const quality = mb.QUALITY_HIGH;
  const format = await chooseVideoFormat((codec) => mb.canEncodeVideo(codec, { width, height, quality, frameRate: fps }));
  if (!format) throw new VideoSupportError('no-codec');
  const output = new mb.Output({
    // In-memory fast start: the index goes first, so a player or an upload form reads it at once.
    format: format.container === 'mp4' ? new mb.Mp4OutputFormat({ fastStart: 'in-memory' }) : new mb.WebMOutputFormat(),
    target: new mb.BufferTarget(),
  });
  const source = new mb.CanvasSource(canvas, { codec: format.codec, quality, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: fps });
  try {
    await output.start();
    await drawRuns(
      job,
      ctx,
      async (run, first) => {
        for (let k = 0; k < run.frames; k++) {
          signal.throwIfAborted();
          await source.add((first + k) / fps, 1 / fps);
        }
      },
      signal,
      progress,
    );
    await output.finalize();
  } catch (error) {
    await output.cancel().catch(() => undefined);
    throw error;
  }
  const buffer = output.target.buffer;
  if (!buffer) throw new Error('the muxer returned no file');
  return { blob: new Blob([buffer], { type: format.mimeType }), format };
}
