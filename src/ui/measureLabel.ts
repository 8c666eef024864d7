let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width of `text` in `font` (a CSS font shorthand), in px: a canvas measures without layout.
 * Where no canvas is available (jsdom), an estimate of 0.6 em per character at 12 px.
 */
export function measureLabel(text: string, font: string): number {
  if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7.2;
  context.font = font || '12px sans-serif';
  return Math.ceil(context.measureText(text).width);
}
