import { useMessages } from '../react/useMessages';
import type { KeyboardEvent } from 'react';
import { formatAlmatyShortDate } from '../i18n/formatTime';
import type { DayBin } from '../timeline/dayHistogram';
import { hourMs, type Instant } from '../timeline/instant';
import type { KeyMoment } from '../timeline/keyMoments';
import type { StoryWindow } from '../timeline/storyWindow';
import { playbackSpeeds } from '../view/viewReducer';
import { KeyMomentMarks } from './KeyMomentMarks';
import { useCoarsePointer } from './useCoarsePointer';
import { useTouchScrub } from './useTouchScrub';

interface TimeSliderProps {
  t: number;
  span: StoryWindow;
  valueText: string;
  bins: readonly DayBin[];
  moments: readonly KeyMoment[];
  internetCut: { from: number; to: number } | null;
  speed: number;
  onTime: (t: number) => void;
  onStep: (hours: number) => void;
  onSpeed: (speed: number) => void;
}

/**
 * A native range input (so touch, screen readers and arrow keys work) with an hour per step,
 * PageUp/PageDown moving a day (WAI-ARIA slider pattern), over a histogram of events per day,
 * labelled key moments and a band where the internet was cut. Play sits by the date (PlayButton).
 * On touch the track lets vertical swipes scroll the page (`touch-action: pan-y`, story.css).
 */
export function TimeSlider(props: TimeSliderProps) {
  const messages = useMessages();
  const { t, span, bins, moments, internetCut } = props;
  const hours = Math.round((span.end - span.start) / hourMs);
  const position = (instant: number) => `${(((instant - span.start) / (span.end - span.start)) * 100).toFixed(3)}%`;
  const maxCount = Math.max(1, ...bins.map((bin) => bin.count));
  // On touch screens the track, not the native input, takes the finger (useTouchScrub says why).
  const scrub = useTouchScrub(useCoarsePointer(), hours, (value) => props.onTime(span.start + value * hourMs));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      props.onStep(event.key === 'PageUp' ? 24 : -24);
    }
  }

  return (
    <div className="qm-slider">
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
        <div className="qm-slider__scrub" {...scrub}>
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
        </div>
        <KeyMomentMarks t={t} span={span} moments={moments} onTime={props.onTime} />
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
      {/* The steps and speed follow the track, in view and in tab order: the slider is the first stop
          a keyboard reaches in the time controls (issue 14: tab stops to the slider). */}
      <div className="qm-slider__buttons">
        <button type="button" onClick={() => props.onStep(-24)} aria-label={messages.slider.dayBack} title={messages.slider.dayBack}>
          «
        </button>
        <button type="button" onClick={() => props.onStep(-1)} aria-label={messages.slider.stepBack} title={messages.slider.stepBack}>
          ‹
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
      {internetCut && (
        <p className="qm-slider__note">
          <span className="qm-slider__band-swatch" aria-hidden="true" /> {messages.slider.internetCut}
        </p>
      )}
    </div>
  );
}
