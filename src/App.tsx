import { QantarMap } from './map/QantarMap';
import { DataErrorPanel } from './ui/DataErrorPanel';
import { useDataset } from './ui/useDataset';

export function App() {
  const data = useDataset();
  return (
    <div className="qm-app">
      <header className="qm-header">
        <h1>Qandy Qantar: Kazakhstan, January 2022</h1>
        <p className="qm-subtitle">The country's 17 regions and cities as they were during the unrest.</p>
      </header>
      <main className="qm-main" aria-busy={data.status === 'loading'}>
        {data.status === 'ready' && <QantarMap dataset={data.dataset} />}
        {data.status === 'loading' && <p className="qm-loading">Loading the map…</p>}
        {data.status === 'error' && <DataErrorPanel message={data.message} />}
      </main>
    </div>
  );
}
