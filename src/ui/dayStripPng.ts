import { dayStripSize, drawDayStrip, type DayStripInput } from '../render/drawDayStrip';
import { browserPaints } from '../render/patternPaints';
import { renderCanvasPng } from './renderCanvasPng';
import { saveFile } from './saveFile';

/** The strip as a PNG at `scale` device px per CSS px (1: 1200 px wide, 2: 2400 px for 300 dpi print). */
export function renderDayStripPng(strip: DayStripInput, scale: 1 | 2): Promise<Blob> {
  const size = dayStripSize(strip.days.length);
  return renderCanvasPng(size, scale, (ctx) => drawDayStrip(ctx, strip, size, browserPaints(ctx)));
}

/**
 * Draws and saves the strip as `qantar-map-days-<lang>.png` (`@2x` before the extension at 2x, as
 * the map's PNG does). Exported for the Download dialog too (the integrator may wire it there).
 */
export async function downloadDayStrip(strip: DayStripInput, scale: 1 | 2, lang: string): Promise<void> {
  saveFile(await renderDayStripPng(strip, scale), `qantar-map-days-${lang}${scale === 1 ? '' : '@2x'}.png`);
}
