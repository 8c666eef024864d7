import { useEffect } from 'react';
import { writeLink, type LinkView } from '../view/parseLink';

/** How often the address bar may be rewritten while scrubbing (ms). */
const urlWriteDelayMs = 300;

/**
 * Mirrors the view into the URL with replaceState, so a link always opens the moment on screen,
 * without adding a history entry per slider step.
 */
export function useUrlSync({ t, mode, types, event }: LinkView): void {
  useEffect(
    function scheduleUrlWrite() {
      const timer = setTimeout(() => {
        const search = writeLink(window.location.search, { t, mode, types, event });
        const url = `${window.location.pathname}?${search}${window.location.hash}`;
        if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
          window.history.replaceState(window.history.state, '', url);
        }
      }, urlWriteDelayMs);
      return function cancelUrlWrite() {
        clearTimeout(timer);
      };
    },
    [t, mode, types, event],
  );
}
