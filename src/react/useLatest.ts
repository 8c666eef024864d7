import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that always holds the latest `value`, for Leaflet handlers bound once at creation that
 * must read current props (STYLE.md rule 5). Updated after render, before the browser paints.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(function rememberLatestValue() {
    ref.current = value;
  });
  return ref;
}
