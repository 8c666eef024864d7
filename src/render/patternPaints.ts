import { drawHatchTile } from './drawHatchTile';
import { hatchStyle, type HatchStyle } from '../map/hatchStyle';
import type { Paints } from './canvas2d';

/** What a canvas backend lends to make the hatch patterns: a tile canvas and a rotation. */
export interface PatternBackend<Tile> {
  /** A square canvas of `size` px with its 2D context. */
  tile(size: number): { canvas: Tile; ctx: CanvasRenderingContext2D } | null;
  /** The main context's `createPattern`. */
  createPattern(tile: Tile): { setTransform(matrix: unknown): void } | null;
  /** A matrix rotating by `degrees` (DOMMatrix in the browser and in @napi-rs/canvas). */
  rotation(degrees: number): unknown;
}

/**
 * The map's emergency hatching (hatchStyle, as PatternDefs draws it in SVG) as canvas patterns:
 * the same tile, repeated and rotated by the same angle; a flat tint where no pattern can be made.
 */
export function patternPaints<Tile>(backend: PatternBackend<Tile>): Paints {
  return { hatch: pattern(backend, hatchStyle()), hatchOnDark: pattern(backend, hatchStyle(undefined, true)) };
}

function pattern<Tile>(backend: PatternBackend<Tile>, hatch: HatchStyle): string | object {
  const tile = backend.tile(hatch.size);
  if (!tile) return hatch.fallback;
  drawHatchTile(tile.ctx, hatch);
  const made = backend.createPattern(tile.canvas);
  if (!made) return hatch.fallback;
  // Rotation in degrees, clockwise on a canvas's y-down axes: SVG's rotate() exactly.
  made.setTransform(backend.rotation(hatch.angle));
  return made;
}

/** The browser's backend: DOM canvases and DOMMatrix. */
export function browserPaints(ctx: CanvasRenderingContext2D): Paints {
  return patternPaints<HTMLCanvasElement>({
    tile: (size) => {
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const tileCtx = canvas.getContext('2d');
      return tileCtx ? { canvas, ctx: tileCtx } : null;
    },
    createPattern: (tile) => ctx.createPattern(tile, 'repeat'),
    rotation: (degrees) => new DOMMatrix().rotate(degrees),
  });
}
