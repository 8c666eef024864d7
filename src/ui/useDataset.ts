import { useEffect, useState } from 'react';
import { loadDataset, type Dataset } from '../data/loadDataset';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; message: string };

/** Loads geo/ once; a failure becomes a message for the reader rather than a blank page. */
export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  useEffect(function loadGeoFiles() {
    let cancelled = false;
    loadDataset().then(
      (dataset) => !cancelled && setState({ status: 'ready', dataset }),
      (error: unknown) =>
        !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return function ignoreLateResult() {
      cancelled = true;
    };
  }, []);
  return state;
}
