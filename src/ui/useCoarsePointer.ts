import { mediaQueryHook } from '../react/mediaQueryHook';

/** True on a touch screen: targets grow to 44 px there (WCAG 2.5.5). */
export const useCoarsePointer = mediaQueryHook('(pointer: coarse)');
