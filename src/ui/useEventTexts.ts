import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { loadEventTexts } from '../data/loadDataset';
import type { EventFeature, EventText } from '../data/eventTypes';
import type { Language } from '../i18n/language';

/** Descriptions, place names and time words in the reader's language; null for English. */
export const EventTextsContext = createContext<ReadonlyMap<string, EventText> | null>(null);

export function useEventTextsContext(): ReadonlyMap<string, EventText> | null {
  return useContext(EventTextsContext);
}

export interface EventTextsState {
  /** The texts of `lang`; null (English) until they arrive. */
  texts: ReadonlyMap<string, EventText> | null;
  /** True until the first texts of a language other than English arrived: the map waits for them. */
  firstLoad: boolean;
  /** The texts of `lang` could not be loaded (the English ones show, marked), with a retry. */
  failure: { error: unknown; retry: () => void } | null;
}

type Loaded = { lang: Language; texts: ReadonlyMap<string, EventText> | null; error?: unknown };

/**
 * Loads the reader's language's event texts (not part of the English first view). A failure or a
 * timeout (loadTimeouts.firstView) leaves the English texts, each marked untranslated, with a
 * notice and "Try again", rather than blocking the map.
 */
export function useEventTexts(lang: Language, events: readonly EventFeature[]): EventTextsState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(
    function loadTexts() {
      if (lang === 'en') return;
      let cancelled = false;
      loadEventTexts(lang, events.map((event) => event.id)).then(
        (texts) => !cancelled && setLoaded({ lang, texts }),
        (error: unknown) => !cancelled && setLoaded({ lang, texts: new Map(), error }),
      );
      return () => {
        cancelled = true;
      };
    },
    [lang, events, attempt],
  );
  const failure = useMemo(() => (loaded && 'error' in loaded ? { error: loaded.error, retry } : null), [loaded, retry]);
  if (lang === 'en') return { texts: null, firstLoad: false, failure: null };
  // After a switch, English shows until the new language's texts are in; the map stays mounted.
  if (loaded?.lang === lang) return { texts: loaded.texts, firstLoad: false, failure };
  return { texts: null, firstLoad: loaded === null, failure: null };
}
