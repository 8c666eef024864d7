import { useId, useMemo, useState, type MouseEvent } from 'react';
import type { Dataset } from '../data/loadDataset';
import { useMessages } from '../react/useMessages';
import { dayStripInputAt } from '../render/dayStripInputAt';
import type { StoryIndex } from '../scene/buildStoryIndex';
import type { Place } from '../timeline/buildTimeline';
import { dayMs } from '../timeline/instant';
import { writeLink, type UrlNotice } from '../view/parseLink';
import type { View } from '../view/viewReducer';
import { DayCanvas } from './DayCanvas';
import { downloadDayStrip } from './dayStripPng';
import { MapKey } from './MapKey';
import { NoticeBar } from './NoticeBar';

interface DaysViewProps {
  dataset: Dataset;
  index: StoryIndex;
  /** Read for its mode and type filter: each day's map shows what the map would at the end of that day. */
  view: View;
  placeName: (place: Place) => string;
  embed: boolean;
  notices: readonly UrlNotice[];
  onDismissNotices: () => void;
  /** Opens the map at `t` (the end of a day). */
  onOpenDay: (t: number) => void;
}

/**
 * The story at a glance, without motion (`view=days`): one small map per day of the window, each a
 * figure with its day (a link to the map at the end of that day) and its beat in words, the colour
 * key, and the whole grid as a PNG for print desks. The maps are drawn by the pictures' renderer.
 */
export function DaysView({ dataset, index, view, placeName, embed, notices, onDismissNotices, onOpenDay }: DaysViewProps) {
  const messages = useMessages();
  const d = messages.days;
  const titleId = useId();
  const { mode, types } = view;
  const strip = useMemo(
    () => dayStripInputAt(index, { mode, types }, { geography: dataset, messages, storyStart: index.window.start, placeName }),
    [index, mode, types, dataset, messages, placeName],
  );
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async (scale: 1 | 2) => {
    setStatus({ busy: true, error: null });
    try {
      await downloadDayStrip(strip, scale, messages.calendar.lang);
      setStatus({ busy: false, error: null });
    } catch (error) {
      setStatus({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const dayLink = (day: string) => {
    const params = new URLSearchParams(writeLink(window.location.search, { t: index.window.end, mode, types, event: null, display: 'map' }));
    params.set('t', day); // A bare date: the end of that day (CONTRACT.md), as a reader would type it.
    return `?${params.toString()}`;
  };
  const open = (event: MouseEvent<HTMLAnchorElement>, t: number) => {
    // A plain click opens the day in place; with a modifier, the browser opens the link elsewhere.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpenDay(t);
  };

  return (
    <section className={embed ? 'qm-days qm-days--embed' : 'qm-days'} aria-labelledby={titleId} data-testid="days-view">
      <NoticeBar notices={notices} onDismiss={onDismissNotices} />
      <div className="qm-days__head">
        <h2 id={titleId}>{d.title}</h2>
        <p className="qm-days__intro">
          {d.intro} {d.modeNote[mode]}
        </p>
        <MapKey />
        {!embed && (
          <div className="qm-days__actions">
            <button type="button" className="qm-button" onClick={() => void download(1)} disabled={status.busy} data-testid="days-png">
              {d.download}
            </button>
            <button type="button" className="qm-button" onClick={() => void download(2)} disabled={status.busy} data-testid="days-png-2x">
              {d.download2x}
            </button>
            <span role="status" className="qm-muted">
              {status.busy ? d.preparing : status.error ? messages.downloads.failed(status.error) : ''}
            </span>
          </div>
        )}
      </div>
      <ol className="qm-days__grid" aria-label={d.grid}>
        {strip.days.map((cell, i) => (
          <li key={cell.day}>
            <figure className="qm-day" data-day={cell.day}>
              <DayCanvas input={cell.map} />
              <figcaption>
                <h3 className="qm-day__date">
                  <a href={dayLink(cell.day)} onClick={(event) => open(event, dayEnd(index, i))}>
                    {cell.label}
                  </a>
                </h3>
                <p className="qm-day__beat">{cell.beat}</p>
              </figcaption>
            </figure>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** 24:00 Almaty time of the window's `i`-th day. */
function dayEnd(index: StoryIndex, i: number): number {
  return index.window.start + (i + 1) * dayMs;
}
