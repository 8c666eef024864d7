import { useMemo } from 'react';
import type { Dataset } from './data/loadDataset';
import { languageNames, languages, type Language } from './i18n/language';
import type { Messages } from './i18n/messages';
import { MessagesContext } from './i18n/useMessages';
import { buildTimeline } from './timeline/buildTimeline';
import { DataErrorPanel } from './ui/DataErrorPanel';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { MapExperience } from './ui/MapExperience';
import { PatternDefs } from './ui/PatternDefs';
import { useDataset } from './ui/useDataset';
import { EventTextsContext, useEventTexts } from './ui/useEventTexts';
import { useLanguage } from './ui/useLanguage';
import { readInitialView } from './ui/useViewState';

/** Read before the data arrives, so the first paint already has the embed's final layout. */
const isEmbed = new URLSearchParams(window.location.search).get('embed') === '1';

export function App() {
  const [data, retry] = useDataset();
  const { lang, messages, setLang } = useLanguage();
  if (!messages) return <Shell label="…" />;
  return (
    <MessagesContext value={messages}>
      <div className={isEmbed ? 'qm-app qm-app--embed' : 'qm-app'}>
        <PatternDefs />
        <header className="qm-header">
          <h1>{isEmbed ? messages.embed.shortTitle : messages.title}</h1>
          {!isEmbed && <p className="qm-subtitle">{messages.subtitle}</p>}
          {!isEmbed && <LanguageSwitch lang={lang} onChange={setLang} messages={messages} />}
        </header>
        <main className="qm-main" aria-busy={data.status === 'loading'}>
          {data.status === 'ready' && (
            <ErrorBoundary fallback={(message, reset) => <DataErrorPanel message={message} onRetry={reset} messages={messages} />}>
              <ReadyMap dataset={data.dataset} lang={lang} />
            </ErrorBoundary>
          )}
          {data.status === 'loading' && <Shell label={messages.loading} />}
          {data.status === 'error' && <DataErrorPanel message={data.message} onRetry={retry} messages={messages} />}
        </main>
      </div>
    </MessagesContext>
  );
}

function LanguageSwitch({ lang, onChange, messages }: { lang: Language; onChange: (lang: Language) => void; messages: Messages }) {
  return (
    <label className="qm-language">
      <span>{messages.languageLabel}</span>
      <select value={lang} onChange={(event) => onChange(event.target.value as Language)} data-testid="language-switch">
        {languages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Reads the link's parameters once the story window is known (it ends with the last event's day). */
function ReadyMap({ dataset, lang }: { dataset: Dataset; lang: Language }) {
  const initial = useMemo(() => {
    const span = buildTimeline(dataset.events, dataset.regions, dataset.cities).window;
    return readInitialView(window.location.search, span, new Set(dataset.events.map((event) => event.id)));
  }, [dataset]);
  const { texts, firstLoad } = useEventTexts(lang, dataset.events);
  if (firstLoad) return <Shell label="…" />;
  return (
    <EventTextsContext value={texts}>
      <MapExperience dataset={dataset} initial={initial} />
    </EventTextsContext>
  );
}

/** While loading: the embed's boxes at their final sizes (styles/embed.css), so nothing shifts. */
function Shell({ label }: { label: string }) {
  if (!isEmbed) return <p className="qm-loading">{label}</p>;
  return (
    <div className="qm-experience qm-experience--embed" aria-label={label}>
      <div className="qm-stage">
        <div className="qm-headline" />
        <div className="qm-map-frame qm-map-frame--loading" />
        <div className="qm-slider" />
      </div>
      <div className="qm-embed__bar" />
    </div>
  );
}
