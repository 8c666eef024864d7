import type { Size } from '../render/drawFrame';

/**
 * Draws on a canvas of its own at `scale` device px per unit of `size` and encodes it as PNG, all
 * in the browser: the PNG download, the day-by-day strip and any other picture share this.
 */
export function renderCanvasPng(size: Size, scale: number, draw: (ctx: CanvasRenderingContext2D) => void): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width * scale;
  canvas.height = size.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return Promise.reject(new Error('no 2D canvas in this browser'));
  ctx.scale(scale, scale);
  draw(ctx);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
