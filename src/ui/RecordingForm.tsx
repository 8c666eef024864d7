import { useCallback, useId, useMemo, useState } from 'react';
import { exportFileName } from '../export/exportFileName';
import { frameSchedule, scheduleDefaults, scheduleSeconds } from '../export/frameSchedule';
import { checkRange, rangeChoices } from '../export/videoRange';
import type { RecordingJob } from '../export/video/drawRuns';
import { useMessages } from '../react/useMessages';
import { frameSizes } from '../render/drawFrame';
import type { FrameSetting } from '../render/frameInput';
import type { StoryIndex } from '../scene/buildStoryIndex';
import type { Scene } from '../scene/sceneAt';
import { buildPaceIndex } from '../timeline/playbackPace';
import { saveFile } from './saveFile';
import { useRecording } from './useRecording';

/** The sizes a recording is made at (frameSizes), in the order the form offers them. */
const recordingSizes = ['square', 'wide', 'standard'] as const;
type RecordingSize = (typeof recordingSizes)[number];

interface RecordingFormProps {
  index: StoryIndex;
  /** The scene on screen: its mode, type filter and trail are the recording's. */
  scene: Scene;
  setting: FrameSetting;
  /** The reader's playback speed (hours of story per second). */
  speed: number;
}

/**
 * The playback as a video or a GIF: a start and an end moment, a frame size, two buttons, and a
 * progress bar with Cancel while a recording is made. The encoders load on click.
 */
export function RecordingForm({ index, scene, setting, speed }: RecordingFormProps) {
  const messages = useMessages();
  const r = messages.recording;
  const ids = { heading: useId(), from: useId(), to: useId(), size: useId() };
  const choices = useMemo(() => rangeChoices(index.window, index.keyMoments, messages), [index, messages]);
  const pace = useMemo(() => buildPaceIndex(index.all.timeline.starts, index.window, index.keyMoments.map((moment) => moment.t)), [index]);
  const [from, setFrom] = useState<number>(index.window.start);
  const [to, setTo] = useState<number>(index.window.end);
  const [size, setSize] = useState<RecordingSize>('square');
  const [gifHalf, setGifHalf] = useState(false);
  const problem = checkRange(from, to, index.window);
  const videoSchedule = useMemo(() => (problem ? null : frameSchedule(pace, from, to, speed, scheduleDefaults.videoFps)), [problem, pace, from, to, speed]);

  const describe = useCallback(
    (error: unknown, cancelled: boolean) => {
      if (cancelled) return r.cancelled;
      const reason = error instanceof Error && 'reason' in error ? error.reason : null;
      if (reason === 'no-webcodecs') return r.noWebCodecs;
      if (reason === 'no-codec') return r.noCodec;
      return r.failed(error instanceof Error ? error.message : String(error));
    },
    [r],
  );
  const { state, start, cancel } = useRecording(describe);
  const busy = state.phase === 'busy';

  const job = (fps: number, scale: number): RecordingJob => ({
    index,
    view: { mode: scene.mode, types: scene.types, trail: scene.trail },
    setting,
    schedule: frameSchedule(pace, from, to, speed, fps),
    size: frameSizes[size],
    scale,
  });
  const saved = (blob: Blob, extension: string, scale: number) => {
    const pixels = { width: Math.round(frameSizes[size].width * scale), height: Math.round(frameSizes[size].height * scale) };
    const name = exportFileName({ from, to, size: pixels, lang: messages.calendar.lang, extension });
    saveFile(blob, name);
    return r.saved(name, Math.round(blob.size / 1e5) / 10);
  };
  const recordVideo = () =>
    start(async (signal, progress) => {
      const { encodeVideo } = await import('../export/video/encodeVideo');
      const { blob, format } = await encodeVideo(job(scheduleDefaults.videoFps, 1), signal, progress);
      return saved(blob, format.extension, 1);
    });
  const recordGif = () =>
    start(async (signal, progress) => {
      const { encodeGif } = await import('../export/video/encodeGif');
      const scale = gifHalf ? 0.5 : 1;
      return saved(await encodeGif(job(scheduleDefaults.gifFps, scale), signal, progress), 'gif', scale);
    });

  return (
    <section className="qm-recording" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{r.title}</h3>
      <p className="qm-muted">{r.intro}</p>
      <div className="qm-recording__range">
        <label htmlFor={ids.from}>{r.from}</label>
        <select id={ids.from} value={from} onChange={(e) => setFrom(Number(e.target.value))} disabled={busy} data-testid="record-from">
          {choices.map((choice) => (
            <option key={choice.t} value={choice.t}>
              {choice.label}
            </option>
          ))}
        </select>
        <label htmlFor={ids.to}>{r.to}</label>
        <select id={ids.to} value={to} onChange={(e) => setTo(Number(e.target.value))} disabled={busy} aria-invalid={problem !== null} data-testid="record-to">
          {choices.map((choice) => (
            <option key={choice.t} value={choice.t}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="qm-share__options" disabled={busy}>
        <legend>{r.size}</legend>
        {recordingSizes.map((option) => (
          <label key={option} className="qm-check">
            <input type="radio" name={ids.size} checked={size === option} onChange={() => setSize(option)} data-testid={`record-size-${option}`} />
            <span>{r.sizes[option]}</span>
          </label>
        ))}
        <label className="qm-check">
          <input type="checkbox" checked={gifHalf} onChange={(e) => setGifHalf(e.target.checked)} data-testid="record-gif-half" />
          <span>{r.gifHalf}</span>
        </label>
      </fieldset>
      <p className="qm-muted" data-testid="record-length">
        {problem === 'end-not-after-start' ? r.endNotAfterStart : problem ? r.outsideStory : videoSchedule && r.length(Math.round(scheduleSeconds(videoSchedule)), videoSchedule.frames)}
      </p>
      <div className="qm-downloads__actions">
        <button type="button" onClick={recordVideo} disabled={busy || problem !== null} data-testid="record-video">
          {r.video}
        </button>
        <button type="button" onClick={recordGif} disabled={busy || problem !== null} data-testid="record-gif">
          {r.gif}
        </button>
      </div>
      {busy && (
        <div className="qm-recording__progress">
          <progress max={state.total || 1} value={state.done} aria-label={r.progressLabel} />
          <span data-testid="record-progress">{state.total ? r.progress(state.done, state.total) : messages.downloads.preparing}</span>
          <button type="button" onClick={cancel} data-testid="record-cancel">
            {r.cancel}
          </button>
        </div>
      )}
      <p role="status" className="qm-muted" data-testid="record-status">
        {state.phase === 'idle' ? state.note : ''}
      </p>
    </section>
  );
}
