import { useEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Messages } from '../i18n/messages';
import { isPageScrollable } from './isPageScrollable';

/** How long a gesture hint stays on screen (ms). */
const hintMs = 1500;

interface CooperativeGesturesProps {
  messages: Messages;
  /**
   * `always` in an embed (the host page scrolls around it); `when-page-scrolls` on the full page,
   * where the one-column layout scrolls on phones but the desktop app is one screen high and the
   * map may take every gesture.
   */
  when: 'always' | 'when-page-scrolls';
}

/**
 * Cooperative gestures: a plain wheel scrolls the page (Ctrl/⌘ + wheel zooms), one finger scrolls
 * the page and two fingers move the map, each with a brief hint. Decided per gesture, at its start,
 * so a page that becomes scrollable (a rotated phone, an opened panel) needs no re-render. Written
 * here rather than with leaflet-gesture-handling, which broke silently once and is unmaintained.
 */
export function CooperativeGestures({ messages, when }: CooperativeGesturesProps) {
  const map = useMap();
  const [hint, setHint] = useState<string | null>(null);

  useEffect(
    function cooperateWithPage() {
      const container = map.getContainer();
      const cooperating = () => when === 'always' || isPageScrollable(document.documentElement);
      let hideTimer: ReturnType<typeof setTimeout> | undefined;
      const show = (text: string) => {
        setHint(text);
        clearTimeout(hideTimer);
        hideTimer = setTimeout(() => setHint(null), hintMs);
      };
      // The browser reads touch-action when a finger lands, before any script: the class that hands
      // one-finger pans to the page follows the page's size, not the gesture.
      const markCooperative = () => container.classList.toggle('qm-cooperative', cooperating());
      markCooperative();
      // The app's own box grows with its content (html, body and #root are one screen high).
      const pageSize = new ResizeObserver(markCooperative);
      pageSize.observe(document.getElementById('root')?.firstElementChild ?? document.body);
      window.addEventListener('resize', markCooperative);

      // Caught on the way down, before Leaflet's own wheel zoom: stopped there when the page should
      // scroll (not prevented, so the wheel still scrolls the page), else left to Leaflet.
      function onWheel(event: WheelEvent) {
        if (!cooperating() || event.ctrlKey || event.metaKey) return;
        event.stopPropagation();
        show(messages.embed.wheelHint);
      }
      function onTouchStart(event: TouchEvent) {
        if (event.touches.length >= 2 || !cooperating()) {
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
      container.addEventListener('wheel', onWheel, { passive: true, capture: true });
      container.addEventListener('touchstart', onTouchStart, { passive: true, capture: true });
      container.addEventListener('touchend', onTouchEnd, { passive: true });
      return function restoreDefaultGestures() {
        clearTimeout(hideTimer);
        pageSize.disconnect();
        window.removeEventListener('resize', markCooperative);
        container.removeEventListener('wheel', onWheel, { capture: true });
        container.removeEventListener('touchstart', onTouchStart, { capture: true });
        container.removeEventListener('touchend', onTouchEnd);
        container.classList.remove('qm-cooperative');
        map.dragging.enable();
      };
    },
    [map, messages, when],
  );

  return (
    <div className={hint ? 'qm-gesture-hint qm-gesture-hint--shown' : 'qm-gesture-hint'} aria-hidden="true">
      {hint}
    </div>
  );
}
