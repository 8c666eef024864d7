import type { Level } from '../timeline/level';
import type { PathStyle } from './pathStyle';

/**
 * Fill by level. A light-to-dark ramp (cream, amber, deep red) so the three levels differ in
 * lightness, not only in hue, and stay apart for red-green colour-blind readers and in greyscale.
 */
export const levelColours: Readonly<Record<Level, string>> = {
  calm: '#f4f1ea',
  protest: '#f0a64a',
  violence: '#a1262d',
};

/** Styles of the 17 units; the choropleth replaces `fillColor` per instant. */
export const regionStyleDefaults = {
  fillOpacity: 1,
  /** Inner borders (px): thin, so the country outline above them reads as the frame. */
  weight: 0.8,
  color: '#7d776d',
  /** Outline of the region under the pointer, keyboard focus or selection (px). */
  highlightWeight: 3,
  highlightColor: '#1f1d1a',
} as const;

export function regionStyle(level: Level = 'calm', highlighted = false): PathStyle {
  return {
    fillColor: levelColours[level],
    fillOpacity: regionStyleDefaults.fillOpacity,
    weight: highlighted ? regionStyleDefaults.highlightWeight : regionStyleDefaults.weight,
    color: highlighted ? regionStyleDefaults.highlightColor : regionStyleDefaults.color,
    className: 'qm-region',
  };
}

/** The second channel: diagonal hatching over any fill where a state of emergency is in force. */
export function emergencyStyle(inForce: boolean): PathStyle {
  return inForce
    ? { fill: true, fillColor: 'url(#qm-emergency-hatch)', fillOpacity: 1, color: '#1f1d1a', weight: 1.6, opacity: 1, dashArray: '4 3' }
    : { fill: false, opacity: 0, weight: 0 };
}
