import { useMessages } from '../react/useMessages';
import { useId, useMemo, useState } from 'react';
import { DialogButton } from './DialogButton';
import { OtherChannels } from './OtherChannels';
import type { EventType } from '../data/eventTypes';
import { embedSnippet, embedUrl } from '../embed/embedSnippet';
import { writeLink, type LinkView } from '../view/parseLink';
import { formatAlmatyInstant } from '../i18n/formatTime';
import { languageNames, languages, type Language } from '../i18n/language';
import type { Instant } from '../timeline/instant';
import { modes, type Mode } from '../timeline/trackStatusAt';

interface ShareDialogProps {
  view: LinkView;
  storyStart: number;
}

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** The app's own base URL ("https://host/path/"), from which links and embeds are built. */
function appBase(): string {
  return new URL('./', window.location.href).href;
}

/** A link to the current view and a copyable iframe snippet with its options (DialogButton). */
export function ShareDialog(props: ShareDialogProps) {
  const messages = useMessages();
  return (
    <DialogButton label={messages.share.open} shortLabel={messages.header.short.share} className="qm-about qm-share">
      {(titleId) => <ShareForm {...props} titleId={titleId} />}
    </DialogButton>
  );
}

function ShareForm({ view, storyStart, titleId }: ShareDialogProps & { titleId: string }) {
  const messages = useMessages();
  const formId = useId();
  const [startAtCurrent, setStartAtCurrent] = useState(true);
  const [mode, setMode] = useState<Mode>(view.mode);
  const [keepTypes, setKeepTypes] = useState(true);
  const [autoplay, setAutoplay] = useState(false);
  const [id, setId] = useState('qantar-map');
  const [lang, setLang] = useState<Language>(messages.calendar.lang);
  const [copied, setCopied] = useState<string | null>(null);

  const validId = idPattern.test(id) ? id : 'qantar-map';
  const options = {
    appUrl: appBase(),
    t: startAtCurrent ? (view.t as Instant) : null,
    mode,
    types: keepTypes ? (view.types as readonly EventType[] | null) : null,
    autoplay,
    lang,
    id: validId,
  };
  const snippet = embedSnippet(options);
  const readerLang = messages.calendar.lang;
  const link = useMemo(() => `${appBase()}?${writeLink(readerLang === 'en' ? '' : `lang=${readerLang}`, view)}`, [view, readerLang]);

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      // Clipboard refused (no permission): the text stays selectable in its field.
      setCopied(null);
    }
  }

  return (
    <>
        <h2 id={titleId}>{messages.share.title}</h2>
        <label className="qm-field">
          <span>{messages.share.link}</span>
          <input type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        </label>
        <button type="button" onClick={() => copy(link, 'link')}>
          {copied === 'link' ? messages.share.copied : messages.share.copy}
        </button>
        <fieldset className="qm-share__options">
          <legend>{messages.share.embedCode}</legend>
          <label className="qm-check">
            <input type="radio" name={`${formId}-start`} checked={startAtCurrent} onChange={() => setStartAtCurrent(true)} />
            <span>
              {messages.share.start} {messages.share.startCurrent(formatAlmatyInstant(view.t as Instant, storyStart, messages.calendar))}
            </span>
          </label>
          <label className="qm-check">
            <input type="radio" name={`${formId}-start`} checked={!startAtCurrent} onChange={() => setStartAtCurrent(false)} />
            <span>
              {messages.share.start} {messages.share.startEnd}
            </span>
          </label>
          <label className="qm-field">
            <span>{messages.share.mode}</span>
            <select value={mode} onChange={(event) => setMode(event.target.value as Mode)}>
              {modes.map((m) => (
                <option key={m} value={m}>
                  {messages.modes[m]}
                </option>
              ))}
            </select>
          </label>
          <label className="qm-check">
            <input type="checkbox" checked={keepTypes} onChange={() => setKeepTypes(!keepTypes)} />
            <span>{messages.share.keepTypes}</span>
          </label>
          <label className="qm-check">
            <input type="checkbox" checked={autoplay} onChange={() => setAutoplay(!autoplay)} />
            <span>{messages.share.autoplay}</span>
          </label>
          <label className="qm-field">
            <span>{messages.share.language}</span>
            <select value={lang} onChange={(event) => setLang(event.target.value as Language)} aria-describedby={`${formId}-lang-note`}>
              {languages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageNames[code]}
                </option>
              ))}
            </select>
            <small id={`${formId}-lang-note`} className="qm-muted">
              {messages.share.languageNote}
            </small>
          </label>
          <label className="qm-field">
            <span>{messages.share.id}</span>
            <input type="text" value={id} maxLength={64} onChange={(event) => setId(event.target.value)} aria-invalid={!idPattern.test(id)} />
          </label>
        </fieldset>
        <label className="qm-field">
          <span className="qm-visually-hidden">{messages.share.embedCode}</span>
          <textarea readOnly rows={6} value={snippet} data-testid="embed-snippet" data-src={embedUrl(options)} onFocus={(event) => event.target.select()} />
        </label>
        <div className="qm-share__actions">
          <button type="button" onClick={() => copy(snippet, 'snippet')}>
            {copied === 'snippet' ? messages.share.copied : messages.share.copy}
          </button>
          <form method="dialog">
            <button type="submit">{messages.share.close}</button>
          </form>
        </div>
        <OtherChannels appUrl={options.appUrl} lang={lang} copied={copied === 'oembed'} onCopy={(text) => copy(text, 'oembed')} />
    </>
  );
}
