import { useSyncExternalStore } from 'react';

/**
 * A hook reading one CSS media query, shared by every component that asks: one MediaQueryList per
 * query for the page (getSnapshot runs on every render, and matchMedia() is not free), false where
 * there is no window (server render).
 */
export function mediaQueryHook(query: string): () => boolean {
  let list: MediaQueryList | null = null;
  const mediaList = () => (list ??= window.matchMedia(query));
  function subscribe(onChange: () => void): () => void {
    mediaList().addEventListener('change', onChange);
    return () => mediaList().removeEventListener('change', onChange);
  }
  const matches = () => mediaList().matches;
  return function useMediaQuery(): boolean {
    return useSyncExternalStore(subscribe, matches, () => false);
  };
}
