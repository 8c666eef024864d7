import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Messages } from '../i18n/messages';

/** How long a gesture hint stays on screen (ms). */
const hintMs = 1500;

interface EmbedGesturesProps {
  messages: Messages;
}

/**
 * Cooperative gestures for an embed inside an article: a plain wheel scrolls the host page
 * (Ctrl/⌘ + wheel zooms), one finger scrolls the page and two fingers move the map, each with a
 * brief hint. Written here rather than with leaflet-gesture-handling, which broke silently once
 * and is no longer maintained.
 */
export function EmbedGestures({ messages }: EmbedGesturesProps) {
  const map = useMap();
  const [hint, setHint] = useState<string | null>(null);

  useEffect(
    function cooperateWithHostPage() {
      const container = map.getContainer();
      let hideTimer: ReturnType<typeof setTimeout> | undefined;
      const show = (text: string) => {
        setHint(text);
        clearTimeout(hideTimer);
        hideTimer = setTimeout(() => setHint(null), hintMs);
      };
      map.scrollWheelZoom.disable();
      container.classList.add('qm-cooperative');

      function onWheel(event: WheelEvent) {
        if (!event.ctrlKey && !event.metaKey) {
          // Not prevented: the wheel chains to the host page, which scrolls.
          show(messages.embed.wheelHint);
          return;
        }
        event.preventDefault();
        const point = map.mouseEventToContainerPoint(event);
        map.setZoomAround(point, map.getZoom() + (event.deltaY < 0 ? 0.5 : -0.5));
      }
      function onTouchStart(event: TouchEvent) {
        if (event.touches.length >= 2) {
          map.dragging.enable();
          setHint(null);
        } else {
          map.dragging.disable();
          show(messages.embed.touchHint);
        }
      }
      function onTouchEnd(event: TouchEvent) {
        if (event.touches.length === 0) map.dragging.enable();
      }
      container.addEventListener('wheel', onWheel, { passive: false });
      container.addEventListener('touchstart', onTouchStart, { passive: true, capture: true });
      container.addEventListener('touchend', onTouchEnd, { passive: true });
      return function restoreDefaultGestures() {
        clearTimeout(hideTimer);
        container.removeEventListener('wheel', onWheel);
        container.removeEventListener('touchstart', onTouchStart, { capture: true });
        container.removeEventListener('touchend', onTouchEnd);
        container.classList.remove('qm-cooperative');
        map.scrollWheelZoom.enable();
        map.dragging.enable();
      };
    },
    [map, messages],
  );

  return (
    <div className={hint ? 'qm-gesture-hint qm-gesture-hint--shown' : 'qm-gesture-hint'} aria-hidden="true">
      {hint}
    </div>
  );
}
