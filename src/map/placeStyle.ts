import type { Level } from '../timeline/level';
import type { CircleStyle } from './pathStyle';
import { styleTokens } from './styleTokens';

/** Marker fills (styleTokens.marker): darker shades of the region ramp, in the same order. */
export const markerColours: Readonly<Record<Level, string>> = styleTokens.marker;

export const placeStyleDefaults = {
  /** Radius of a place with one event (px); area grows with the count. */
  minRadius: 4,
  /** Radius that `referenceCount` events reach (px). */
  referenceRadius: 16,
  referenceCount: 30,
  /** Cap so Almaty never hides its neighbours (px). */
  maxRadius: 24,
} as const;

/** Circle area proportional to the count: r = r_ref · √(n / n_ref), at least minRadius. */
export function placeRadius(count: number): number {
  if (count <= 0) return 0;
  const { minRadius, referenceRadius, referenceCount, maxRadius } = placeStyleDefaults;
  return Math.min(maxRadius, Math.max(minRadius, referenceRadius * Math.sqrt(count / referenceCount)));
}

/**
 * A marker by level and count, with a paper-white halo over any region fill; the selected one has
 * a wider halo, inside the ink ring of `placeRingStyle` (a double ring: one side stands out on any fill).
 */
export function placeStyle(level: Level, count: number, selected = false): CircleStyle {
  return {
    radius: placeRadius(count),
    fillColor: markerColours[level],
    fillOpacity: count > 0 ? styleTokens.opacity.place : 0,
    color: styleTokens.colour.paper,
    weight: selected ? styleTokens.width.placeHaloSelected : styleTokens.width.placeHalo,
    opacity: count > 0 ? 1 : 0,
    className: selected ? 'qm-place qm-place--selected' : 'qm-place',
  };
}

/** The ink ring just outside a selected marker's halo (a marker of `radius` px); none when unselected. */
export function placeRingStyle(radius: number, selected: boolean): CircleStyle {
  const { placeHaloSelected, placeRingSelected } = styleTokens.width;
  return {
    radius: radius + (placeHaloSelected + placeRingSelected) / 2,
    fill: false,
    color: styleTokens.colour.ink,
    weight: placeRingSelected,
    opacity: selected && radius > 0 ? 1 : 0,
    className: 'qm-place-ring',
  };
}
