import type { Level } from '../timeline/level';
import { hatchStyle } from './hatchStyle';
import { darkLevel, levelColours } from './regionStyle';
import { styleTokens } from './styleTokens';

/** The three cities that are regions of their own (CONTRACT.md's 17 units), by region id. */
export const cityRegions = { 'KZ-ALA': 'almaty', 'KZ-AST': 'nur-sultan', 'KZ-SHY': 'shymkent' } as const;

export const cityRegionDefaults = {
  /** Smallest side of the symbol (px): a city-region polygon is a few pixels wide at national zoom. */
  minSide: 20,
  /** Room between the event circle drawn on it and the symbol's edge (px). */
  inset: 4,
  /** Corner radius (px): a rounded square, so it never reads as one more event circle. */
  corner: 4,
} as const;

/** What one city-region's symbol looks like: a rounded square in the region's own colour. */
export interface CityRegionSymbol {
  /** Side of the square (px). */
  side: number;
  corner: number;
  fill: string;
  /** The inner edge (paper) and the outer edge (ink): a double edge reads on any fill around it. */
  innerEdge: string;
  outerEdge: string;
  edgeWidth: number;
  /** The hatch pattern's id when a state of emergency is in force there, else null. */
  hatch: string | null;
}

/**
 * The symbol of a city-region at national zoom (Almaty, Nur-Sultan, Shymkent): a rounded square
 * drawn at the city, large enough to frame the event circle on it (`circleRadius` px, 0 for none),
 * filled with the city-region's level and hatched when an emergency is in force, so the city's
 * status is legible where its own polygon is a few pixels wide.
 */
export function cityRegionSymbol(level: Level, emergency: boolean, circleRadius: number): CityRegionSymbol {
  const { minSide, inset, corner } = cityRegionDefaults;
  const halo = styleTokens.width.placeHalo;
  return {
    side: Math.max(minSide, Math.ceil(2 * (circleRadius + halo / 2 + inset))),
    corner,
    fill: levelColours[level],
    innerEdge: styleTokens.colour.paper,
    outerEdge: styleTokens.colour.ink,
    edgeWidth: styleTokens.width.cityRegion,
    hatch: emergency ? hatchStyle(undefined, level === darkLevel).id : null,
  };
}
