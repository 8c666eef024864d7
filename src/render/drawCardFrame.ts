import { styleTokens } from '../map/styleTokens';
import type { Canvas2D, Paints } from './canvas2d';
import { drawLegend, drawMapArea, frameFont, legendLayout, type FrameOptions, type Size } from './drawFrame';
import type { FrameInput } from './frameInput';
import { drawTextBlocks } from './textBlocks';
import { wrapText } from './wrapText';

const { colour } = styleTokens;

export const cardFrameDefaults = {
  /** Share of the width the words take on the left; the map has the rest, edge to edge. */
  column: 0.32,
} as const;

/**
 * A social card (1200 × 630 and other short, wide pictures): the words and the key in a column on
 * the left, the map filling the rest to the edges. drawFrame stacks words over the map; on a card
 * that leaves the map 440 px tall with empty bands either side of the country.
 */
export function drawCardFrame(ctx: Canvas2D, input: FrameInput, size: Size, paints: Paints, options: FrameOptions = {}): void {
  const font = options.fontFamily ?? frameFont;
  const { width, height } = size;
  // Larger type than drawFrame's: a card is mostly seen scaled down to a phone's width.
  const s = Math.max(0.5, height / 630);
  const pad = Math.round(24 * s);
  const columnWidth = Math.round(width * cardFrameDefaults.column);
  const textWidth = columnWidth - 2 * pad;
  ctx.fillStyle = colour.paper;
  ctx.fillRect(0, 0, width, height);

  drawTextBlocks(
    ctx,
    [
      { text: input.title, px: Math.round(32 * s), weight: '700', fill: colour.ink, maxLines: 4 },
      // A line of its own here: "end of 31 January 2022" starts with a capital.
      { text: input.when.charAt(0).toUpperCase() + input.when.slice(1), px: Math.round(21 * s), weight: '600', fill: colour.ink, maxLines: 2 },
      { text: input.caption, px: Math.round(18 * s), weight: '600', fill: colour.ink, maxLines: 3 },
      { text: input.headline, px: Math.round(17 * s), weight: '400', fill: colour.muted, maxLines: 5 },
    ],
    { x: pad, top: pad * 0.75, width: textWidth, after: 0.45, font },
  );

  // Bottom up: the credits (wrapped), then the key above them.
  const creditPx = Math.round(12 * s);
  ctx.font = `400 ${creditPx}px ${font}`;
  const credits = wrapText(ctx, input.credit, textWidth, 3);
  const creditTop = height - pad - credits.length * creditPx * 1.3;
  ctx.fillStyle = colour.muted;
  credits.forEach((line, index) => ctx.fillText(line, pad, creditTop + (index + 1) * creditPx * 1.3 - creditPx * 0.3, textWidth));
  const legendScale = s * 0.92;
  const legend = legendLayout(ctx, input, textWidth, legendScale, font);
  drawLegend(ctx, paints, legend, pad, creditTop - legend.height - 8 * s, legendScale, font, textWidth);

  drawMapArea(ctx, input, { x: columnWidth, y: 0, width: width - columnWidth, height }, paints, { fontFamily: font, labelScale: s, margin: 18 * s });
}
