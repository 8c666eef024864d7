import { useCallback, useEffect, useMemo, useState } from 'react';
import { chooseLanguage, type Language } from '../i18n/language';
import { loadMessages } from '../i18n/loadMessages';
import { en, type Messages } from '../i18n/messages';

export interface LanguageState {
  lang: Language;
  /** Null while a catalogue other than English is on its way. */
  messages: Messages | null;
  setLang: (lang: Language) => void;
  /** The language to write into the link: the link's own, or the reader's choice; null if neither. */
  linkLang: Language | null;
  /** The catalogue of `lang` that could not be loaded (English shows meanwhile), with a retry. */
  failure: { lang: Language; error: unknown; retry: () => void } | null;
}

/**
 * The interface language: the link's `lang` (read once, in main.tsx), then the browser's, then
 * English (CONTRACT.md). Sets <html lang> and the document title; the link writer
 * (useLinkWriter) puts a chosen language into the address.
 */
export function useLanguage(fromLink: Language | null): LanguageState {
  const [lang, setLangState] = useState<Language>(() => chooseLanguage(fromLink, navigator.languages ?? [navigator.language]));
  const [linkLang, setLinkLang] = useState<Language | null>(fromLink);
  // English is at hand; another language shows once its catalogue arrived. After a switch the
  // previous catalogue stays on screen meanwhile, so nothing unmounts.
  const [loaded, setLoaded] = useState<{ lang: Language; messages: Messages; error?: unknown } | null>(() =>
    lang === 'en' ? { lang, messages: en } : null,
  );
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(
    function loadCatalogue() {
      let cancelled = false;
      // A catalogue that fails to load (or times out) leaves the interface in English, with a
      // notice and "Try again" (App), rather than blank or waiting for good.
      loadMessages(lang).then(
        (messages) => !cancelled && setLoaded({ lang, messages }),
        (error: unknown) => !cancelled && setLoaded({ lang, messages: en, error }),
      );
      return () => {
        cancelled = true;
      };
    },
    [lang, attempt],
  );
  const messages = loaded?.messages ?? null;
  const failure = useMemo(
    () => (loaded && 'error' in loaded && loaded.lang === lang ? { lang, error: loaded.error, retry } : null),
    [loaded, lang, retry],
  );
  useEffect(
    function reflectLanguageInDocument() {
      if (!messages) return;
      document.documentElement.lang = messages.calendar.lang;
      document.documentElement.dir = 'ltr';
      document.title = messages.title;
    },
    [messages],
  );
  const setLang = useCallback((next: Language) => {
    setLangState(next);
    setLinkLang(next);
  }, []);
  return { lang, messages, setLang, linkLang, failure };
}
