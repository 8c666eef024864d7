import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import { whenIdle } from '../react/whenIdle';
import { loadEventDetails } from '../data/loadDataset';
import type { EventDetails, EventFeature } from '../data/eventTypes';

export type EventDetailsState =
  | { status: 'loading' }
  | { status: 'ready'; details: ReadonlyMap<string, EventDetails> }
  | { status: 'error'; message: string; retry: () => void };

/** Read by the event list and the headline; provided once by MapExperience. */
export const EventDetailsContext = createContext<EventDetailsState>({ status: 'loading' });

export function useEventDetailsContext(): EventDetailsState {
  return useContext(EventDetailsContext);
}

/**
 * Descriptions and sources are not part of the first view: they are fetched as soon as the page is
 * idle after it, so they are in place (and cached for offline use) before most readers open a list.
 */
export function useEventDetails(events: readonly EventFeature[], mapDrawn = true): EventDetailsState {
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const [state, setState] = useState<{ attempt: number; value: EventDetailsState }>({ attempt: -1, value: { status: 'loading' } });
  useEffect(
    function fetchDetailsWhenIdle() {
      if (!mapDrawn) return;
      let cancelled = false;
      const cancelIdle = whenIdle(() => {
        loadEventDetails(events).then(
          (details) => !cancelled && setState({ attempt, value: { status: 'ready', details } }),
          (error: unknown) =>
            !cancelled &&
            setState({ attempt, value: { status: 'error', message: error instanceof Error ? error.message : String(error), retry } }),
        );
      });
      return function ignoreLateResult() {
        cancelled = true;
        cancelIdle();
      };
    },
    [events, attempt, retry, mapDrawn],
  );
  // A retry shows "loading" again until its own answer arrives.
  return state.attempt === attempt ? state.value : { status: 'loading' };
}

