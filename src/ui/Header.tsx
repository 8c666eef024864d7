import { languageNames, languages, type Language } from '../i18n/language';
import { useMessages } from '../react/useMessages';

interface HeaderProps {
  embed: boolean;
  lang: Language;
  onLang: (lang: Language) => void;
  /** Receives the actions box that MapExperience fills (useHeaderSlot.ts). */
  actionsRef: (element: HTMLElement | null) => void;
}

/**
 * The one title of page and embed (the PNG export draws the same string), the dek, and the page's
 * toolbar: Share, Download and About (portalled in), then the language. The embed keeps only the
 * title: its dialogs sit in its own panel, its language comes from the link.
 */
export function Header({ embed, lang, onLang, actionsRef }: HeaderProps) {
  const messages = useMessages();
  return (
    <header className="qm-header">
      <div className="qm-header__titles">
        <h1>{messages.title}</h1>
        {!embed && <p className="qm-subtitle">{messages.subtitle}</p>}
      </div>
      {!embed && (
        <div className="qm-header__tools">
          <div className="qm-header__actions" ref={actionsRef} role="group" aria-label={messages.header.actions} />
          <label className="qm-language">
            <span>{messages.languageLabel}</span>
            <select value={lang} onChange={(event) => onLang(event.target.value as Language)} data-testid="language-switch">
              {languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageNames[code]}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </header>
  );
}
