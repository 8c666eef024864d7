import { useMessages } from '../react/useMessages';
import { oembedFileName } from '../embed/oembedFileName';
import type { Language } from '../i18n/language';

interface OtherChannelsProps {
  /** The app's base URL, ending in "/". */
  appUrl: string;
  /** The embed's language, chosen above: the oEmbed answer in that language. */
  lang: Language;
  copied: boolean;
  onCopy: (text: string) => void;
}

/**
 * A folded note under the embed code: the oEmbed endpoint to copy, for CMSs that embed from a URL,
 * and where the other channels (pym.js, AMP, Apple News, newsletters) are described.
 */
export function OtherChannels({ appUrl, lang, copied, onCopy }: OtherChannelsProps) {
  const messages = useMessages();
  const endpoint = appUrl + oembedFileName(lang);
  return (
    <details className="qm-share__channels" data-testid="other-channels">
      <summary>{messages.channels.title}</summary>
      <p>{messages.channels.oembedNote}</p>
      <div className="qm-share__channel-row">
        <label className="qm-field">
          <span>{messages.channels.oembed}</span>
          <input type="text" readOnly value={endpoint} data-testid="oembed-endpoint" onFocus={(event) => event.target.select()} />
        </label>
        <button type="button" onClick={() => onCopy(endpoint)}>
          {copied ? messages.share.copied : messages.share.copy}
        </button>
      </div>
      <p>{messages.channels.more}</p>
    </details>
  );
}
