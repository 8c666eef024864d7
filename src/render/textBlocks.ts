import type { Canvas2D } from './canvas2d';
import { wrapText } from './wrapText';

/** One paragraph of a picture's header: its words, type size (px), weight, colour and most lines. */
export interface TextBlock {
  text: string;
  px: number;
  weight: string;
  fill: string;
  maxLines: number;
}

/**
 * Sets `blocks` one under the other from `top`, each wrapped to `width` (lines 1.22 em apart,
 * `after` em between blocks), and returns where the last one ends: the space left is the map's.
 */
export function drawTextBlocks(ctx: Canvas2D, blocks: readonly TextBlock[], frame: { x: number; top: number; width: number; after: number; font: string }): number {
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  let y = frame.top;
  for (const { text, px, weight, fill, maxLines } of blocks) {
    ctx.font = `${weight} ${px}px ${frame.font}`;
    ctx.fillStyle = fill;
    for (const line of wrapText(ctx, text, frame.width, maxLines)) {
      y += px * 1.22;
      ctx.fillText(line, frame.x, y - px * 0.22, frame.width);
    }
    y += px * frame.after;
  }
  return y;
}
