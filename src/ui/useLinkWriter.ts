import { useEffect } from 'react';
import type { Language } from '../i18n/language';
import { writeLink, type LinkView } from '../view/parseLink';

/** How often the address bar may be rewritten while scrubbing (ms). */
const linkWriteDelayMs = 300;

/**
 * The one place that writes the address: the view (t, mode, types, event) and the chosen language,
 * with replaceState, so a link always opens the moment on screen without a history entry per step.
 */
export function useLinkWriter({ t, mode, types, event }: LinkView, lang: Language | null): void {
  useEffect(
    function scheduleLinkWrite() {
      const timer = setTimeout(() => {
        const search = writeLink(window.location.search, { t, mode, types, event, lang });
        const url = `${window.location.pathname}?${search}${window.location.hash}`;
        if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
          window.history.replaceState(window.history.state, '', url);
        }
      }, linkWriteDelayMs);
      return function cancelLinkWrite() {
        clearTimeout(timer);
      };
    },
    [t, mode, types, event, lang],
  );
}
