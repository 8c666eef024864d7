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

/** The level whose fill is too dark for ink lines: the hatch and outline turn paper-white there. */
export const darkLevel: Level = 'violence';

/**
 * The second channel: diagonal hatching over any fill where a state of emergency is in force, in
 * ink over light and mid fills and in paper over the darkest (3:1 on each; contrast.test.ts).
 */
export function emergencyStyle(inForce: boolean, level: Level = 'calm'): PathStyle {
  const onDark = level === darkLevel;
  return inForce
    ? {
        fill: true,
        fillColor: `url(#${hatchStyle(undefined, onDark).id})`,
        fillOpacity: 1,
        color: onDark ? styleTokens.colour.paper : styleTokens.colour.ink,
        weight: styleTokens.width.emergencyOutline,
        opacity: 1,
        dashArray: styleTokens.emergencyDash.join(' '),
      }
    : { fill: false, opacity: 0, weight: 0 };
}
