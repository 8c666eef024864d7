import { useMessages } from '../react/useMessages';
import type { KeyboardEvent } from 'react';
import type { Messages } from '../i18n/messages';
import { formatAlmatyShortDate } from '../i18n/formatTime';
import type { DayBin } from '../timeline/dayHistogram';
import { hourMs, type Instant } from '../timeline/instant';
import type { KeyMoment } from '../timeline/keyMoments';
import type { StoryWindow } from '../timeline/storyWindow';
import { playbackSpeeds } from '../view/viewReducer';

interface TimeSliderProps {
  t: number;
  span: StoryWindow;
  valueText: string;
  bins: readonly DayBin[];
  moments: readonly KeyMoment[];
  internetCut: { from: number; to: number } | null;
  playing: boolean;
  speed: number;
  onTime: (t: number) => void;
  onStep: (hours: number) => void;
  onPlay: () => void;
  onPause: () => void;
  onSpeed: (speed: number) => void;
}

/**
 * A native range input (so touch, screen readers and arrow keys work) with an hour per step,
 * PageUp/PageDown moving a day (WAI-ARIA slider pattern), over a histogram of events per day,
 * marks for key moments and a band where the internet was cut.
 */
export function TimeSlider(props: TimeSliderProps) {
  const messages = useMessages();
  const { t, span, bins, moments, internetCut } = props;
  const hours = Math.round((span.end - span.start) / hourMs);
  const position = (instant: number) => `${(((instant - span.start) / (span.end - span.start)) * 100).toFixed(3)}%`;
  const maxCount = Math.max(1, ...bins.map((bin) => bin.count));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      props.onStep(event.key === 'PageUp' ? 24 : -24);
    }
  }

  return (
    <div className="qm-slider">
      <div className="qm-slider__buttons">
        <button type="button" onClick={() => props.onStep(-24)} aria-label={messages.slider.dayBack} title={messages.slider.dayBack}>
          «
        </button>
        <button type="button" onClick={() => props.onStep(-1)} aria-label={messages.slider.stepBack} title={messages.slider.stepBack}>
          ‹
        </button>
        <button
          type="button"
          className="qm-slider__play"
          onClick={props.playing ? props.onPause : props.onPlay}
          aria-label={props.playing ? messages.slider.pause : messages.slider.play}
        >
          {props.playing ? '❚❚' : '▶'}
        </button>
        <button type="button" onClick={() => props.onStep(1)} aria-label={messages.slider.stepForward} title={messages.slider.stepForward}>
          ›
        </button>
        <button type="button" onClick={() => props.onStep(24)} aria-label={messages.slider.dayForward} title={messages.slider.dayForward}>
          »
        </button>
        <label className="qm-slider__speed">
          <span className="qm-visually-hidden">{messages.slider.speed}</span>
          <select value={props.speed} onChange={(event) => props.onSpeed(Number(event.target.value))}>
            {playbackSpeeds.map((speed, index) => (
              <option key={speed} value={speed}>
                {messages.slider.speeds[index]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="qm-slider__track">
        <div className="qm-slider__histogram qm-slider__inset" aria-hidden="true" title={messages.slider.histogram}>
          {internetCut && (
            <div
              className="qm-slider__band"
              style={{ left: position(internetCut.from), width: `calc(${position(internetCut.to)} - ${position(internetCut.from)})` }}
              title={messages.slider.internetCut}
            />
          )}
          {bins.map((bin) => (
            <div
              key={bin.start}
              className="qm-slider__bar"
              data-count={bin.count}
              style={{ left: position(bin.start), width: `${100 / bins.length}%`, height: `${(bin.count / maxCount) * 100}%` }}
            />
          ))}
        </div>
        <input
          type="range"
          className="qm-slider__input"
          min={0}
          max={hours}
          step={1}
          value={Math.round((t - span.start) / hourMs)}
          aria-label={messages.slider.label}
          aria-valuetext={props.valueText}
          onChange={(event) => props.onTime(span.start + Number(event.target.value) * hourMs)}
          onKeyDown={onKeyDown}
        />
        <ol className="qm-slider__moments qm-slider__inset" aria-label={messages.slider.keyMoments} style={{ height: `${markRows(moments, messages) * 0.95}rem` }}>
          {stackMarks(groupByInstant(moments, messages)).map(({ t: at, labels, row }) => (
            <li key={at} style={{ left: position(at), top: `${row * 0.95}rem` }}>
              <button type="button" className="qm-slider__moment" title={labels.join('; ')} onClick={() => props.onTime(at)}>
                <span className="qm-visually-hidden">{`${formatAlmatyShortDate(at as Instant, messages.calendar)}: ${labels.join('; ')}`}</span>
              </button>
            </li>
          ))}
        </ol>
        <div className="qm-slider__days qm-slider__inset" aria-hidden="true">
          {bins
            .filter((_, index) => index % 2 === 0)
            .map((bin) => (
              <span key={bin.start} style={{ left: position(bin.start + 12 * hourMs) }}>
                {formatAlmatyShortDate(bin.start as Instant, messages.calendar).split(' ')[0]}
              </span>
            ))}
        </div>
      </div>
      {internetCut && (
        <p className="qm-slider__note">
          <span className="qm-slider__band-swatch" aria-hidden="true" /> {messages.slider.internetCut}
        </p>
      )}
    </div>
  );
}

/** Moments at the same instant share one mark (e.g. the airport seizure and the nationwide emergency). */
function groupByInstant(moments: readonly KeyMoment[], messages: Messages): { t: number; labels: string[] }[] {
  const groups: { t: number; labels: string[] }[] = [];
  for (const moment of moments) {
    const label = messages.keyMoments[moment.id];
    const last = groups.at(-1);
    if (last && last.t === moment.t) last.labels.push(label);
    else groups.push({ t: moment.t, labels: [label] });
  }
  return groups;
}

/** Marks closer than this share no row, so each stays clickable on a narrow track (hours). */
const markGapHours = 16;

/** Puts each mark in the first row where it keeps `markGapHours` from the previous mark. */
function stackMarks<T extends { t: number }>(marks: readonly T[]): (T & { row: number })[] {
  const rowEnds: number[] = [];
  return marks.map((mark) => {
    let row = rowEnds.findIndex((end) => mark.t - end >= markGapHours * hourMs);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = mark.t;
    return { ...mark, row };
  });
}

function markRows(moments: readonly KeyMoment[], messages: Messages): number {
  return Math.max(1, ...stackMarks(groupByInstant(moments, messages)).map((mark) => mark.row + 1));
}
