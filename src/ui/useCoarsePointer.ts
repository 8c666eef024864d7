import { useSyncExternalStore } from 'react';

const query = '(pointer: coarse)';
let list: MediaQueryList | null = null;
const mediaList = () => (list ??= window.matchMedia(query));

function subscribe(onChange: () => void): () => void {
  mediaList().addEventListener('change', onChange);
  return () => mediaList().removeEventListener('change', onChange);
}

/** True on a touch screen: targets grow to 44 px there (WCAG 2.5.5). */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(subscribe, () => mediaList().matches, () => false);
}
