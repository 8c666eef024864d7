import type { Level } from '../timeline/level';
import type { CircleStyle } from './pathStyle';

/**
 * Marker fills: darker shades of the region ramp, so a marker stands out from a region of the
 * same level underneath while keeping the same order (light grey, burnt orange, near-black red).
 */
export const markerColours: Readonly<Record<Level, string>> = {
  calm: '#9a948a',
  protest: '#b85c00',
  violence: '#4d0a10',
};

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

/** A marker by level and count, with a white halo (dark blue when selected) over any region fill. */
export function placeStyle(level: Level, count: number, selected = false): CircleStyle {
  return {
    radius: placeRadius(count),
    fillColor: markerColours[level],
    fillOpacity: count > 0 ? 0.85 : 0,
    color: selected ? '#0b5cad' : '#ffffff',
    weight: selected ? 3.5 : 2,
    opacity: count > 0 ? 1 : 0,
    className: 'qm-place',
  };
}
