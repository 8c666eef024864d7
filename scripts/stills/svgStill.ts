import { Resvg } from '@resvg/resvg-js';
import { drawCardFrame } from '../../src/render/drawCardFrame.ts';
import type { Size } from '../../src/render/drawFrame.ts';
import type { FrameInput } from '../../src/render/frameInput.ts';
import { SvgContext, svgPaints } from '../../src/render/svgContext.ts';
import { stillFont } from './stillFont.ts';

/**
 * The other backend measured for the stills (see stillsPlugin.ts): the renderer writes SVG, which
 * resvg rasterises with the same font files. resvg cannot measure text for the renderer's line
 * wrapping, so the layout uses SvgContext's estimate. Kept for `scripts/stills/compareBackends.ts`.
 */
export function svgStill(input: FrameInput, size: Size, scale: number): { png: Buffer; svg: string } {
  const ctx = new SvgContext();
  // resvg matches the family name inside the font files, not an alias.
  drawCardFrame(ctx, input, size, svgPaints(), { fontFamily: '"DejaVu Sans"' });
  const svg = ctx.toSvg(size, input.title);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [...stillFont.files], defaultFontFamily: 'DejaVu Sans' },
  });
  return { png: resvg.render().asPng(), svg };
}
