import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';
// One MediaQueryList for the page: getSnapshot runs on every render, matchMedia() is not free.
let list: MediaQueryList | null = null;
const mediaList = () => (list ??= window.matchMedia(query));

function subscribe(onChange: () => void): () => void {
  mediaList().addEventListener('change', onChange);
  return () => mediaList().removeEventListener('change', onChange);
}

/** True when the reader asked the system for less motion: no pulses, no animated pans, no autoplay. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => mediaList().matches, () => false);
}
