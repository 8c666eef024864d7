import { useMemo } from 'react';
import type { Dataset } from './data/loadDataset';
import { useMessages } from './i18n/useMessages';
import { buildTimeline } from './timeline/buildTimeline';
import { DataErrorPanel } from './ui/DataErrorPanel';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { MapExperience } from './ui/MapExperience';
import { PatternDefs } from './ui/PatternDefs';
import { useDataset } from './ui/useDataset';
import { readInitialView } from './ui/useViewState';

/** Read before the data arrives, so the first paint already has the embed's final layout. */
const isEmbed = new URLSearchParams(window.location.search).get('embed') === '1';

export function App() {
  const [data, retry] = useDataset();
  const messages = useMessages();
  return (
    <div className={isEmbed ? 'qm-app qm-app--embed' : 'qm-app'}>
      <PatternDefs />
      <header className="qm-header">
        <h1>{isEmbed ? messages.embed.shortTitle : messages.title}</h1>
        {!isEmbed && <p className="qm-subtitle">{messages.subtitle}</p>}
      </header>
      <main className="qm-main" aria-busy={data.status === 'loading'}>
        {data.status === 'ready' && (
          <ErrorBoundary fallback={(message, reset) => <DataErrorPanel message={message} onRetry={reset} messages={messages} />}>
            <ReadyMap dataset={data.dataset} />
          </ErrorBoundary>
        )}
        {data.status === 'loading' && (isEmbed ? <EmbedSkeleton label={messages.loading} /> : <p className="qm-loading">{messages.loading}</p>)}
        {data.status === 'error' && <DataErrorPanel message={data.message} onRetry={retry} messages={messages} />}
      </main>
    </div>
  );
}

/** Reads the link's parameters once the story window is known (it ends with the last event's day). */
function ReadyMap({ dataset }: { dataset: Dataset }) {
  const initial = useMemo(() => {
    const span = buildTimeline(dataset.events, dataset.regions, dataset.cities).window;
    return readInitialView(window.location.search, span, new Set(dataset.events.map((event) => event.id)));
  }, [dataset]);
  return <MapExperience dataset={dataset} initial={initial} />;
}

/** The embed's boxes at their final sizes (styles/embed.css), so nothing shifts when data arrives. */
function EmbedSkeleton({ label }: { label: string }) {
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
