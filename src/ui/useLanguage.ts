import { useCallback, useEffect, useState } from 'react';
import { chooseLanguage, isLanguage, type Language } from '../i18n/language';
import { loadMessages } from '../i18n/loadMessages';
import { en, type Messages } from '../i18n/messages';

export interface LanguageState {
  lang: Language;
  /** Null while a catalogue other than English is on its way. */
  messages: Messages | null;
  setLang: (lang: Language) => void;
}

function initialLanguage(): Language {
  const param = new URLSearchParams(window.location.search).get('lang');
  // An invalid `lang` is reported by readInitialView's notices; here it just falls through.
  return chooseLanguage(isLanguage(param) ? param : null, navigator.languages ?? [navigator.language]);
}

/**
 * The interface language: `lang`, then the browser's, then English (CONTRACT.md). Switching writes
 * `lang` into the address (no history entry) and sets <html lang> and the document title.
 */
export function useLanguage(): LanguageState {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  // English is at hand; another language shows once its catalogue arrived. After a switch the
  // previous catalogue stays on screen meanwhile, so nothing unmounts.
  const [loaded, setLoaded] = useState<{ lang: Language; messages: Messages } | null>(() => (lang === 'en' ? { lang, messages: en } : null));
  useEffect(
    function loadCatalogue() {
      let cancelled = false;
      // A catalogue that fails to load leaves the interface in English rather than blank.
      loadMessages(lang).then(
        (messages) => !cancelled && setLoaded({ lang, messages }),
        () => !cancelled && setLoaded({ lang, messages: en }),
      );
      return () => {
        cancelled = true;
      };
    },
    [lang],
  );
  const messages = loaded?.messages ?? null;
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
    const params = new URLSearchParams(window.location.search);
    params.set('lang', next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params.toString()}${window.location.hash}`);
  }, []);
  return { lang, messages, setLang };
}
