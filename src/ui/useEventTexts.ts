import { createContext, useContext, useEffect, useState } from 'react';
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
}

/**
 * Loads the reader's language's event texts (not part of the English first view). A failure
 * leaves the English texts, each marked untranslated, rather than blocking the map.
 */
export function useEventTexts(lang: Language, events: readonly EventFeature[]): EventTextsState {
  const [loaded, setLoaded] = useState<{ lang: Language; texts: ReadonlyMap<string, EventText> | null } | null>(null);
  useEffect(
    function loadTexts() {
      if (lang === 'en') return;
      let cancelled = false;
      loadEventTexts(lang, events.map((event) => event.id)).then(
        (texts) => !cancelled && setLoaded({ lang, texts }),
        () => !cancelled && setLoaded({ lang, texts: new Map() }),
      );
      return () => {
        cancelled = true;
      };
    },
    [lang, events],
  );
  if (lang === 'en') return { texts: null, firstLoad: false };
  // After a switch, English shows until the new language's texts are in; the map stays mounted.
  return loaded?.lang === lang ? { texts: loaded.texts, firstLoad: false } : { texts: null, firstLoad: loaded === null };
}
