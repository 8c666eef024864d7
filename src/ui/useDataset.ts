import { startTransition, useCallback, useEffect, useState } from 'react';
import { loadDataset, type Dataset } from '../data/loadDataset';

export type DatasetState =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'error'; message: string };

/**
 * Loads geo/; a failure becomes a message for the reader rather than a blank page, and `retry`
 * loads again (a flaky network often succeeds the second time).
 */
export function useDataset(): [DatasetState, () => void] {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(
    function loadGeoFiles() {
      let cancelled = false;
      loadDataset().then(
        // A transition: React renders the whole map in slices instead of one long task (TBT).
        (dataset) => !cancelled && startTransition(() => setState({ status: 'ready', dataset })),
        (error: unknown) =>
          !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
      return function ignoreLateResult() {
        cancelled = true;
      };
    },
    [attempt],
  );
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return [state, retry];
}
