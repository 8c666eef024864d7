import type { Level } from '../timeline/level';
import { hatchStyle } from './hatchStyle';
import type { PathStyle } from './pathStyle';
import { styleTokens } from './styleTokens';

/** Fill by level (styleTokens.level: a ramp that differs in lightness, not only in hue). */
export const levelColours: Readonly<Record<Level, string>> = styleTokens.level;

/** Styles of the 17 units; the choropleth replaces `fillColor` per instant. */
export const regionStyleDefaults = {
  fillOpacity: 1,
  /** Inner borders (px): thin, so the country outline above them reads as the frame. */
  weight: styleTokens.width.regionBorder,
  color: styleTokens.colour.regionBorder,
  /** Outline of the region under the pointer, keyboard focus or selection (px). */
  highlightWeight: styleTokens.width.regionHighlight,
  highlightColor: styleTokens.colour.ink,
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
    ? {
        fill: true,
        fillColor: `url(#${hatchStyle().id})`,
        fillOpacity: 1,
        color: styleTokens.colour.ink,
        weight: styleTokens.width.emergencyOutline,
        opacity: 1,
        dashArray: styleTokens.emergencyDash.join(' '),
      }
    : { fill: false, opacity: 0, weight: 0 };
}
