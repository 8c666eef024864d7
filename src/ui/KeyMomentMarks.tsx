import { useMemo, useRef } from 'react';
import type { Messages } from '../i18n/messages';
import { formatAlmatyShortDate } from '../i18n/formatTime';
import { useMessages } from '../react/useMessages';
import type { Instant } from '../timeline/instant';
import type { KeyMoment } from '../timeline/keyMoments';
import { layoutMomentLabels, momentLayoutDefaults, type MomentMark } from '../timeline/layoutMomentLabels';
import type { StoryWindow } from '../timeline/storyWindow';
import { measureLabel } from './measureLabel';
import { useCoarsePointer } from './useCoarsePointer';
import { useElementWidth } from './useElementWidth';

interface KeyMomentMarksProps {
  t: number;
  span: StoryWindow;
  moments: readonly KeyMoment[];
  onTime: (t: number) => void;
}

/** Moments at one instant, read as one mark (the airport seizure and the nationwide emergency). */
interface MomentGroup {
  t: number;
  moments: KeyMoment[];
}

/**
 * The key moments under the track, labelled where there is room (src/timeline/layoutMomentLabels.ts
 * decides, from widths measured at the current font and track width), each a button of at least
 * 24 px (44 px on touch) that moves the story there; leader lines join moved buttons to their instant.
 */
export function KeyMomentMarks({ t, span, moments, onTime }: KeyMomentMarksProps) {
  const messages = useMessages();
  const list = useRef<HTMLOListElement>(null);
  const { width, font } = useElementWidth(list);
  const coarse = useCoarsePointer();
  const groups = useMemo(() => groupByInstant(moments), [moments]);
  const { placed, targetPx } = useMemo(() => {
    if (width === 0) return { placed: [], targetPx: momentLayoutDefaults.targetPx };
    const marks: MomentMark[] = groups.map((group) => ({
      key: String(group.t),
      x: ((group.t - span.start) / (span.end - span.start)) * width,
      priority: Math.min(...group.moments.map((moment) => moment.priority)),
      fullWidth: measureLabel(fullLabel(group, messages), font),
      shortWidth: measureLabel(shortLabel(group, messages), font),
    }));
    // The dot's centre sits half a target in from the button's left, then the 10 px dot and a 4 px gap.
    const layout = (target: number) => layoutMomentLabels(marks, width, { targetPx: target, dotPx: target / 2 + 9 });
    const fits = (marks: readonly { left: number; width: number }[]) => marks.every((mark) => mark.left + mark.width <= width + 0.5);
    // 44 px on touch where they fit; on a narrow track that many 44 px markers would run past the
    // edge (and widen the page), so they fall back to 24 px, WCAG 2.5.8's minimum.
    if (coarse) {
      const large = layout(44);
      if (fits(large)) return { placed: large, targetPx: 44 };
    }
    return { placed: layout(momentLayoutDefaults.targetPx), targetPx: momentLayoutDefaults.targetPx };
  }, [groups, span, width, font, messages, coarse]);
  // Three rows are reserved in story.css (.qm-moments); the layout uses at most three.
  const rowPx = targetPx + 4;
  const leaderPx = 6;

  return (
    <div className="qm-moments qm-slider__inset">
      <svg className="qm-moments__leaders" aria-hidden="true" width={width} height={leaderPx + 3 * rowPx}>
        {placed.map((mark) => (
          <line key={mark.key} x1={mark.x} y1={0} x2={mark.left + Math.min(mark.width, targetPx) / 2} y2={leaderPx + mark.row * rowPx + rowPx / 2} />
        ))}
      </svg>
      <ol ref={list} className="qm-moments__list" aria-label={messages.slider.keyMoments} style={{ top: `${leaderPx}px` }}>
        {groups.map((group) => {
          const mark = placed.find((candidate) => candidate.key === String(group.t));
          const date = formatAlmatyShortDate(group.t as Instant, messages.calendar);
          const full = fullLabel(group, messages);
          const visible = mark?.level === 'full' ? full : mark?.level === 'short' ? shortLabel(group, messages) : null;
          // The accessible name starts with the words on screen (WCAG 2.5.3), then the date and full label.
          const name = visible && visible !== full ? `${visible} (${date}: ${full})` : `${date}: ${full}`;
          return (
            <li
              key={group.t}
              style={mark ? { left: `${mark.left}px`, top: `${mark.row * rowPx}px`, minWidth: `${mark.width}px` } : { visibility: 'hidden' }}
            >
              <button
                type="button"
                className={group.t <= t ? 'qm-moment qm-moment--past' : 'qm-moment'}
                style={{ minHeight: `${targetPx}px`, minWidth: `${targetPx}px` }}
                aria-label={name}
                title={visible === full ? undefined : full}
                onClick={() => onTime(group.t)}
              >
                <span className="qm-moment__dot" aria-hidden="true" />
                {visible && (
                  <span className="qm-moment__label" aria-hidden="true">
                    {visible}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function groupByInstant(moments: readonly KeyMoment[]): MomentGroup[] {
  const groups: MomentGroup[] = [];
  for (const moment of moments) {
    const last = groups.at(-1);
    if (last && last.t === moment.t) last.moments.push(moment);
    else groups.push({ t: moment.t, moments: [moment] });
  }
  return groups;
}

function fullLabel(group: MomentGroup, messages: Messages): string {
  return group.moments.map((moment) => messages.keyMoments[moment.id]).join('; ');
}

/** The short label of the group's most important moment. */
function shortLabel(group: MomentGroup, messages: Messages): string {
  const top = group.moments.reduce((best, moment) => (moment.priority < best.priority ? moment : best));
  return messages.story.keyMomentsShort[top.id];
}
