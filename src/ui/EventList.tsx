import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { EventFeature } from '../data/eventTypes';
import { bisectRight } from '../timeline/bisect';
import type { Timeline } from '../timeline/buildTimeline';
import { startOfAlmatyDay, type Instant } from '../timeline/instant';
import { useMessages } from '../react/useMessages';
import { EventItem } from './EventItem';
import { scrollIntoPanel } from './scrollIntoPanel';
import { useEventDetailsContext } from './useEventDetails';

interface EventListProps {
  timeline: Timeline;
  t: number;
  scope: 'so-far' | 'day';
  selected: string | null;
  onScope: (scope: 'so-far' | 'day') => void;
  onSelect: (event: EventFeature) => void;
  /** Limits the list to one region's or place's events (its history). */
  filter?: (event: EventFeature) => boolean;
  /** The main list has its own heading and scope switch; a history sits under its panel's heading. */
  variant?: 'main' | 'history';
}

/** Said once above the list when descriptions and sources failed to load; the map works on. */
function DetailsError() {
  const details = useEventDetailsContext();
  const messages = useMessages();
  if (details.status !== 'error') return null;
  return (
    <p className="qm-events__error" role="alert">
      {messages.events.detailsFailed} ({details.message}){' '}
      <button type="button" className="qm-link-button" onClick={details.retry}>
        {messages.errors.retry}
      </button>
    </p>
  );
}

/** Items rendered at first: every real event fits; tens of thousands never reach the DOM at once. */
const pageSize = 50;

/**
 * The newest `limit` events up to `t` (of its Almaty day only, for 'day'), walking back from `t` so
 * the cost does not grow with the whole dataset; the selected event is always among them.
 */
function newestFirst(
  timeline: Timeline,
  t: number,
  scope: 'so-far' | 'day',
  limit: number,
  selected: string | null,
  filter?: (event: EventFeature) => boolean,
): { shown: EventFeature[]; total: number } {
  const end = bisectRight(timeline.starts, t);
  const begin = scope === 'day' ? bisectRight(timeline.starts, startOfAlmatyDay(t as Instant) - 1) : 0;
  const shown: EventFeature[] = [];
  let total = 0;
  let selectedEvent: EventFeature | null = null;
  let selectedInPage = false;
  for (let index = end - 1; index >= begin; index -= 1) {
    const event = timeline.events[index] as EventFeature;
    if (filter && !filter(event)) continue;
    total += 1;
    if (shown.length < limit) {
      shown.push(event);
      selectedInPage ||= event.id === selected;
    } else if (event.id === selected) selectedEvent = event;
    // Without a filter the total is known; stop once the page and the selected event are found.
    if (!filter && shown.length >= limit && (selected === null || selectedEvent || selectedInPage)) {
      return { shown: selectedEvent ? [...shown, selectedEvent] : shown, total: end - begin };
    }
  }
  return { shown: selectedEvent ? [...shown, selectedEvent] : shown, total };
}

/** Events up to the instant, newest first, or only those of the instant's Almaty day. */
export const EventList = memo(function EventList({
  timeline,
  t,
  scope,
  selected,
  onScope,
  onSelect,
  filter,
  variant = 'main',
}: EventListProps) {
  const messages = useMessages();
  const [limit, setLimit] = useState(pageSize);
  const { shown, total } = useMemo(
    () => newestFirst(timeline, t, scope, limit, selected, filter),
    [timeline, t, scope, limit, selected, filter],
  );
  const section = useRef<HTMLElement>(null);
  // Only when the selection changes (a deep link, the map, a host command), not on every step.
  useEffect(
    function scrollSelectedIntoView() {
      if (selected === null || variant !== 'main') return;
      const item = section.current?.querySelector<HTMLElement>(`li[data-event="${CSS.escape(selected)}"]`);
      if (item) scrollIntoPanel(item);
      // Scrolling once has nothing to undo.
    },
    [selected, variant],
  );

  const items =
    shown.length === 0 ? (
      <p className="qm-muted">{messages.events.none}</p>
    ) : (
      <>
        <ol className="qm-events__list">
          {shown.map((event) => (
            <EventItem key={event.id} event={event} selected={event.id === selected} onSelect={onSelect} />
          ))}
        </ol>
        {total > shown.length && (
          <button type="button" className="qm-link-button qm-events__more" onClick={() => setLimit((n) => n + pageSize)}>
            {messages.events.showMore(Math.min(pageSize, total - shown.length), total - shown.length)}
          </button>
        )}
      </>
    );
  if (variant === 'history') return <div className="qm-history">{items}</div>;

  return (
    <section className="qm-events" aria-labelledby="qm-events-title" data-testid="event-list" ref={section}>
      <div className="qm-events__head">
        <h2 id="qm-events-title">
          {messages.events.title} <span className="qm-muted">({messages.events.count(total)})</span>
        </h2>
        <fieldset className="qm-segmented">
          <legend className="qm-visually-hidden">{messages.events.title}</legend>
          {(['so-far', 'day'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="qm-list-scope" checked={scope === value} onChange={() => onScope(value)} />
              <span>{value === 'so-far' ? messages.events.upToNow : messages.events.thisDay}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <DetailsError />
      {items}
    </section>
  );
});
