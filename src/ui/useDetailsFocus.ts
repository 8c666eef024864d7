import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Focus } from '../view/viewReducer';

interface DetailsFocus {
  heading: RefObject<HTMLHeadingElement | null>;
  /** Closes the details and gives focus back to what opened them. */
  close: () => void;
  /** Escape inside the details closes them. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * Moves focus to the details' heading when a reader's action opened them (so a screen reader
 * announces them and a phone's sheet takes the keys), and back on close: to the map feature when
 * the map opened them, else to the control that did. A selection read from the link on load
 * (focus still on the body) takes no focus.
 */
export function useDetailsFocus(focus: NonNullable<Focus>, onClose: () => void): DetailsFocus {
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(
    function focusDetailsHeading() {
      const target = heading.current;
      const panel = target?.closest('.qm-details');
      const active = document.activeElement;
      if (!target || !panel || !active || active === document.body || panel.contains(active)) return;
      opener.current = active;
      target.focus({ preventScroll: true });
      // The sheet on phones is always on screen; the side panel may need bringing into view.
      const box = target.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) target.scrollIntoView({ block: 'nearest' });
    },
    [focus.kind, focus.id],
  );
  const close = useCallback(() => {
    const back = returnTarget(opener.current, focus);
    onClose();
    back?.focus({ preventScroll: true });
  }, [focus, onClose]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    },
    [close],
  );
  return { heading, close, onKeyDown };
}

/** The map feature that stands for the focus when the map opened the details, else the opener. */
function returnTarget(opener: Element | null, focus: NonNullable<Focus>): HTMLElement | SVGElement | null {
  const map = opener?.closest('.leaflet-container');
  if (map) {
    const attribute = focus.kind === 'region' ? 'data-region' : 'data-place';
    const feature = map.querySelector<SVGElement>(`[${attribute}="${CSS.escape(focus.id)}"]:not([aria-hidden="true"])`);
    if (feature) return feature;
  }
  if (opener instanceof HTMLElement || opener instanceof SVGElement) return opener.isConnected ? opener : null;
  return null;
}
