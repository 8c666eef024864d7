import { useMessages } from '../react/useMessages';

interface EmbedBarProps {
  panelOpen: boolean;
  onTogglePanel: () => void;
}

/** Below an embedded map: open the reading panel in place, or the full map in a new tab. */
export function EmbedBar({ panelOpen, onTogglePanel }: EmbedBarProps) {
  const messages = useMessages();
  return (
    <div className="qm-embed__bar">
      <button type="button" className="qm-link-button" aria-expanded={panelOpen} aria-controls="qm-panel" onClick={onTogglePanel}>
        {panelOpen ? messages.embed.less : messages.embed.more}
      </button>
      <a href={fullMapUrl()} target="_blank" rel="noopener noreferrer">
        {messages.embed.openFull} ↗
      </a>
    </div>
  );
}

/** The full page for the view an embed shows: same parameters without the embed-only ones. */
function fullMapUrl(): string {
  const params = new URLSearchParams(window.location.search);
  for (const name of ['embed', 'origin', 'id', 'autoplay']) params.delete(name);
  return `${window.location.pathname}?${params.toString()}`;
}
