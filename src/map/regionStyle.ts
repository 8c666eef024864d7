import type { PathStyle } from './pathStyle';

/** Styles of the 17 units. The choropleth by level replaces `fillColor` per instant. */
export const regionStyleDefaults = {
  fillColor: '#fbfaf7',
  fillOpacity: 1,
  /** Inner borders (px): thin, so the country outline above them reads as the frame. */
  weight: 0.8,
  color: '#8c867c',
  /** Highlight for the region under the pointer or keyboard focus (px). */
  highlightWeight: 2.5,
  highlightColor: '#1f1d1a',
} as const;

export function regionStyle(): PathStyle {
  return {
    fillColor: regionStyleDefaults.fillColor,
    fillOpacity: regionStyleDefaults.fillOpacity,
    weight: regionStyleDefaults.weight,
    color: regionStyleDefaults.color,
    className: 'qm-region',
  };
}

export function regionHighlightStyle(): PathStyle {
  return { weight: regionStyleDefaults.highlightWeight, color: regionStyleDefaults.highlightColor };
}
