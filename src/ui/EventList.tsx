import { useMemo } from 'react';
import type { EventFeature } from '../data/eventTypes';
import type { Messages } from '../i18n/messages';
import { bisectRight } from '../timeline/bisect';
import type { Timeline } from '../timeline/buildTimeline';
import { startOfAlmatyDay, type Instant } from '../timeline/instant';
import { EventItem } from './EventItem';

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
  messages: Messages;
}

/** Events up to the instant, newest first, or only those of the instant's Almaty day. */
export function EventList({ timeline, t, scope, selected, onScope, onSelect, filter, variant = 'main', messages }: EventListProps) {
  const shown = useMemo(() => {
    const end = bisectRight(timeline.starts, t);
    const begin = scope === 'day' ? bisectRight(timeline.starts, startOfAlmatyDay(t as Instant) - 1) : 0;
    const slice = timeline.events.slice(begin, end).reverse();
    return filter ? slice.filter(filter) : slice;
  }, [timeline, t, scope, filter]);

  const items =
    shown.length === 0 ? (
      <p className="qm-muted">{messages.events.none}</p>
    ) : (
      <ol className="qm-events__list">
        {shown.map((event) => (
          <EventItem key={event.id} event={event} selected={event.id === selected} onSelect={onSelect} messages={messages} />
        ))}
      </ol>
    );
  if (variant === 'history') return <div className="qm-history">{items}</div>;

  return (
    <section className="qm-events" aria-labelledby="qm-events-title" data-testid="event-list">
      <div className="qm-events__head">
        <h2 id="qm-events-title">
          {messages.events.title} <span className="qm-muted">({messages.events.count(shown.length)})</span>
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
      {items}
    </section>
  );
}
