import { useMessages } from '../react/useMessages';
import type { Language } from '../i18n/language';
import { fullMapUrl } from '../view/fullMapUrl';
import type { LinkView } from '../view/parseLink';

interface EmbedBarProps {
  panelOpen: boolean;
  onTogglePanel: () => void;
  /** The view on screen now: the full-map link opens exactly this moment. */
  view: LinkView;
  /** The language to carry into the link: null until a link or the reader chose one. */
  lang: Language | null;
}

/** Below an embedded map: open the reading panel in place, or the full map in a new tab. */
export function EmbedBar({ panelOpen, onTogglePanel, view, lang }: EmbedBarProps) {
  const messages = useMessages();
  // From the view and the app's base URL, never from the address bar (written later, and its path
  // may be anything a single-page fallback serves, such as //evil.example).
  const href = fullMapUrl(document.baseURI, view, lang);
  return (
    <div className="qm-embed__bar">
      <button type="button" className="qm-link-button" aria-expanded={panelOpen} aria-controls="qm-panel" onClick={onTogglePanel}>
        {panelOpen ? messages.embed.less : messages.embed.more}
      </button>
      <a href={href} target="_blank" rel="noopener noreferrer">
        {messages.embed.openFull} ↗
      </a>
    </div>
  );
}
