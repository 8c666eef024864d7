import { useMemo } from 'react';
import type { Dataset } from './data/loadDataset';
import { useMessages } from './i18n/useMessages';
import { buildTimeline } from './timeline/buildTimeline';
import { DataErrorPanel } from './ui/DataErrorPanel';
import { MapExperience } from './ui/MapExperience';
import { PatternDefs } from './ui/PatternDefs';
import { useDataset } from './ui/useDataset';
import { readInitialView } from './ui/useViewState';

export function App() {
  const data = useDataset();
  const messages = useMessages();
  return (
    <div className="qm-app">
      <PatternDefs />
      <header className="qm-header">
        <h1>{messages.title}</h1>
        <p className="qm-subtitle">{messages.subtitle}</p>
      </header>
      <main className="qm-main" aria-busy={data.status === 'loading'}>
        {data.status === 'ready' && <ReadyMap dataset={data.dataset} />}
        {data.status === 'loading' && <p className="qm-loading">{messages.loading}</p>}
        {data.status === 'error' && <DataErrorPanel message={data.message} />}
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
