import { useEffect, useState } from 'react';
import { loadLaterCounts } from '../data/loadDataset';
import type { LaterCounts } from '../data/laterCountTypes';
import { whenIdle } from '../react/whenIdle';

/**
 * The official counts published after the window: a few kB, not needed for the first view, so
 * fetched once the page is idle. Null until they arrive, and for good if they cannot be loaded:
 * they are an addition to the record, and the panel and table read well without them.
 */
export function useLaterCounts(): LaterCounts | null {
  const [counts, setCounts] = useState<LaterCounts | null>(null);
  useEffect(function fetchLaterCountsWhenIdle() {
    let cancelled = false;
    const cancelIdle = whenIdle(() => {
      loadLaterCounts().then(
        (loaded) => !cancelled && setCounts(loaded),
        () => undefined,
      );
    });
    return function ignoreLateResult() {
      cancelled = true;
      cancelIdle();
    };
  }, []);
  return counts;
}
