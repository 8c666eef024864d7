import type { HatchStyle } from '../map/hatchStyle';
import { rgba } from '../map/rgba';

/**
 * Paints one emergency hatch tile (hatchStyle.ts) on the 2D context of a `hatch.size` px square
 * canvas; the caller repeats it with `createPattern` and rotates it by `hatch.angle`, as SVG's
 * patternTransform does, so the PNG's hatching is the map's.
 */
export function drawHatchTile(ctx: CanvasRenderingContext2D, hatch: HatchStyle): void {
  ctx.clearRect(0, 0, hatch.size, hatch.size);
  ctx.strokeStyle = rgba(hatch.stroke, hatch.opacity);
  ctx.lineWidth = hatch.width;
  ctx.beginPath();
  ctx.moveTo(hatch.line.x1, hatch.line.y1);
  ctx.lineTo(hatch.line.x2, hatch.line.y2);
  ctx.stroke();
}
