import type { CircleStyle } from './pathStyle';
import { styleTokens } from './styleTokens';

export const spreadDotDefaults = {
  /** Radius of a day dot (px): one size for every place, so the colour alone carries the day. */
  radius: 6,
} as const;

/** A place's dot in the spread view: filled with its day's colour (spreadDays.ts), in a paper halo. */
export function spreadDotStyle(colour: string): CircleStyle {
  return {
    radius: spreadDotDefaults.radius,
    fillColor: colour,
    fillOpacity: 1,
    color: styleTokens.colour.paper,
    weight: styleTokens.width.trail,
    opacity: 1,
    className: 'qm-spread-dot',
  };
}
