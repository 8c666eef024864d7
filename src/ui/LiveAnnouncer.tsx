import { useMessages } from '../react/useMessages';
import { useEffect, useRef } from 'react';
import { formatAlmatyDate } from '../i18n/formatTime';
import { useEventTextsContext } from './useEventTexts';
import { bisectRight } from '../timeline/bisect';
import type { Timeline } from '../timeline/buildTimeline';
import { almatyDay, type Instant } from '../timeline/instant';

interface LiveAnnouncerProps {
  timeline: Timeline;
  t: number;
  playing: boolean;
}

/**
 * A polite live region for playback: the date when a new day starts and the places of new events.
 * Silent while the reader scrubs (the slider's own value text speaks then).
 */
export function LiveAnnouncer({ timeline, t, playing }: LiveAnnouncerProps) {
  const messages = useMessages();
  const region = useRef<HTMLDivElement>(null);
  const texts = useEventTextsContext();
  const previous = useRef(t);
  useEffect(
    function announceWhatChanged() {
      const before = previous.current;
      previous.current = t;
      if (!playing || t <= before) return;
      const parts: string[] = [];
      if (almatyDay(t as Instant) !== almatyDay(before as Instant)) parts.push(messages.live.moment(formatAlmatyDate(t as Instant, messages.calendar)));
      const fresh = timeline.events.slice(bisectRight(timeline.starts, before), bisectRight(timeline.starts, t));
      if (fresh.length > 0) {
        const places = [...new Set(fresh.map((event) => texts?.get(event.id)?.locality ?? event.properties.locality))].join(', ');
        parts.push(messages.live.newEvents(fresh.length, places));
      }
      // Written straight into the live region: it is output for assistive technology, not React state.
      if (parts.length > 0 && region.current) region.current.textContent = parts.join(' ');
    },
    [t, playing, timeline, messages, texts],
  );
  return (
    <div ref={region} className="qm-visually-hidden" aria-live="polite" data-testid="live-region" />
  );
}
