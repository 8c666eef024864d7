import type { ThreatLevel } from '../data/eventTypes';
import type { PathStyle } from './pathStyle';
import { styleTokens } from './styleTokens';

/**
 * The third channel: the terrorism-threat level as a coloured line along a region's border, on a
 * dark ink casing so it reads over any fill (the cream, amber and deep red of the levels; a white
 * casing left yellow on amber unreadable) and apart from the emergency's thin dashed ink outline. Line only, no fill: the fill and the hatching stay
 * the other two channels. Colours follow the names the authorities use (red, orange, yellow),
 * darkened enough to stand out from the fill ramp's amber and red.
 */
export const threatTokens = {
  colour: { red: '#e0001b', orange: '#ff7b00', yellow: '#ffd400' } satisfies Record<Exclude<ThreatLevel, 'none'>, string>,
  /** Width of the coloured line (px). */
  line: 3,
  /** Width of the ink casing under it (px): 1 px shows on each side. */
  casing: 5,
  /** Dash of the line per level (px on, px off): red solid, lower levels broken, so greyscale tells them apart. */
  dash: { red: undefined, orange: '7 3', yellow: '2 3' } satisfies Record<Exclude<ThreatLevel, 'none'>, string | undefined>,
} as const;

/** The coloured line of a region at `level` (nothing drawn at `none`). */
export function threatLineStyle(level: ThreatLevel): PathStyle {
  if (level === 'none') return { fill: false, opacity: 0, weight: 0 };
  const dash = threatTokens.dash[level];
  return { fill: false, color: threatTokens.colour[level], weight: threatTokens.line, opacity: 1, ...(dash ? { dashArray: dash } : { dashArray: '' }) };
}

/** The ink casing under the line (nothing drawn at `none`). */
export function threatCasingStyle(level: ThreatLevel): PathStyle {
  if (level === 'none') return { fill: false, opacity: 0, weight: 0 };
  return { fill: false, color: styleTokens.colour.ink, weight: threatTokens.casing, opacity: 0.9 };
}
