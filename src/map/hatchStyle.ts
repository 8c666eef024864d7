import { rgba } from './rgba';
import { styleTokens } from './styleTokens';

/** The hatch tokens' shape (styleTokens.hatch), widened so other values can be tried. */
export interface HatchTokens {
  readonly tile: number;
  readonly angle: number;
  readonly stroke: string;
  /** The line colour over the darkest fill (where `stroke` would not show). */
  readonly strokeOnDark?: string;
  readonly width: number;
  readonly opacity: number;
}

/** The emergency hatch tile, described once for the SVG pattern (PatternDefs) and the canvas one (PNG export). */
export interface HatchStyle {
  /** Id of the SVG pattern that Leaflet paths and the legend reference as `url(#id)`. */
  id: string;
  /** Side of the square tile (px). */
  size: number;
  /** Rotation of the tile about the origin (degrees, clockwise on screen). */
  angle: number;
  /** The tile's one line, in tile coordinates before rotation (px). */
  line: { x1: number; y1: number; x2: number; y2: number };
  stroke: string;
  /** Line width (px). */
  width: number;
  /** Line opacity (0–1). */
  opacity: number;
  /** A flat tint for a canvas that cannot make patterns: half the line's opacity. */
  fallback: string;
}

/**
 * One vertical line on the tile's left edge, the tile rotated by `angle`: repeated, it gives
 * parallel diagonals `tile` px apart. The tile clips the half of the stroke left of its edge, so
 * the visible line is `width / 2` wide; that is how the map has always drawn it, and SVG and canvas
 * both clip a tile, so the two pictures agree. `onDark` gives the variant drawn over the darkest
 * fill (paper-white lines, its own pattern id), so the hatching keeps 3:1 on every fill.
 */
export function hatchStyle(hatch: HatchTokens = styleTokens.hatch, onDark = false): HatchStyle {
  const stroke = onDark && hatch.strokeOnDark ? hatch.strokeOnDark : hatch.stroke;
  return {
    id: onDark ? 'qm-emergency-hatch-light' : 'qm-emergency-hatch',
    size: hatch.tile,
    angle: hatch.angle,
    line: { x1: 0, y1: 0, x2: 0, y2: hatch.tile },
    stroke,
    width: hatch.width,
    opacity: hatch.opacity,
    fallback: rgba(stroke, hatch.opacity / 2),
  };
}
