import { startTransition, useEffect, useState } from 'react';

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
 * False for the first render, true soon after the map was drawn (`mapDrawn`) and the browser is
 * idle: lets a component build its less urgent half (the reading panel) in a second step.
 */
export function useAfterFirstPaint(mapDrawn = true): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => (mapDrawn ? whenIdle(() => startTransition(() => setReady(true)), 100) : undefined), [mapDrawn]);
  return ready;
}
