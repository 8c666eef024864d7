import { useEffect, useRef } from 'react';
import { captionParts } from '../i18n/captionParts';
import { useMessages } from '../react/useMessages';
import type { Beat } from '../scene/beatAt';
import type { Place } from '../timeline/buildTimeline';
import { shouldAnnounce, type Announcement } from '../timeline/shouldAnnounce';

interface LiveAnnouncerProps {
  beat: Beat | null;
  t: number;
  playing: boolean;
  placeName: (place: Place) => string;
}

/**
 * A polite live region that says what happened (the caption's beat): during playback at most about
 * once per story day and every few seconds (src/timeline/shouldAnnounce.ts), at once when the
 * reader steps by hand and the beat changed. Silent on the first view.
 */
export function LiveAnnouncer({ beat, t, playing, placeName }: LiveAnnouncerProps) {
  const messages = useMessages();
  const region = useRef<HTMLDivElement>(null);
  const last = useRef<Announcement | null>(null);
  const previousT = useRef(t);
  const wasPlaying = useRef(playing);
  const { when, what } = captionParts(beat, placeName, messages);
  const text = when ? messages.story.live(when, what) : `${what}.`;
  useEffect(
    function announceTheBeat() {
      // A step moved the story, or playback just stopped (the beat it stopped on may still be unsaid).
      const moved = previousT.current !== t || (wasPlaying.current && !playing);
      previousT.current = t;
      wasPlaying.current = playing;
      const next = { text, t, wallMs: performance.now() };
      if (last.current === null) {
        // The first view is on screen already: remember it, say nothing.
        last.current = next;
        return;
      }
      if (!moved || !shouldAnnounce(last.current, next, playing)) return;
      last.current = next;
      // Written straight into the live region: it is output for assistive technology, not React state.
      if (region.current) region.current.textContent = text;
    },
    [t, playing, text],
  );
  return <div ref={region} className="qm-visually-hidden" aria-live="polite" data-testid="live-region" />;
}
