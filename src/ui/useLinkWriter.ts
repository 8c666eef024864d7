import { useEffect } from 'react';
import type { Language } from '../i18n/language';
import { writeLink, type Display, type LinkView } from '../view/parseLink';

/** How often the address bar may be rewritten while scrubbing (ms). */
const linkWriteDelayMs = 300;

/**
 * The one place that writes the address: the view (t, mode, types, event), the chosen language and
 * the display (`view=days`; undefined leaves it as it is),
 * with replaceState, so a link always opens the moment on screen without a history entry per step.
 */
export function useLinkWriter({ t, mode, types, event }: LinkView, lang: Language | null, display?: Display): void {
  useEffect(
    function scheduleLinkWrite() {
      const timer = setTimeout(() => {
        const search = writeLink(window.location.search, { t, mode, types, event, lang, display });
        // Only the query changes, on the page's own full URL: a path such as `//evil.example` read
        // as a relative URL would name another origin (and replaceState would throw).
        const url = new URL(window.location.href);
        url.search = search;
        if (url.href !== window.location.href) {
          window.history.replaceState(window.history.state, '', url.href);
        }
      }, linkWriteDelayMs);
      return function cancelLinkWrite() {
        clearTimeout(timer);
      };
    },
    [t, mode, types, event, lang, display],
  );
}
