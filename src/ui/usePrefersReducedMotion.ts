import { mediaQueryHook } from '../react/mediaQueryHook';

/** True when the reader asked the system for less motion: no pulses, no animated pans, no autoplay. */
export const usePrefersReducedMotion = mediaQueryHook('(prefers-reduced-motion: reduce)');
