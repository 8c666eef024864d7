import { createContext, startTransition, useCallback, useContext, useEffect, useState } from 'react';
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

/** Runs `task` when the browser is idle (or after `timeoutMs` at the latest); returns a canceller. */
export function whenIdle(task: () => void, timeoutMs = 1500): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 1);
  return () => window.clearTimeout(handle);
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

/**
 * False for the first render, true soon after the map was drawn (`mapDrawn`) and the browser is
 * idle: lets a component build its less urgent half (the reading panel) in a second step.
 */
export function useAfterFirstPaint(mapDrawn = true): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => (mapDrawn ? whenIdle(() => startTransition(() => setReady(true)), 100) : undefined), [mapDrawn]);
  return ready;
}
