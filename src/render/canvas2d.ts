/**
 * The part of the Canvas 2D API the picture renderer draws with. The browser's
 * CanvasRenderingContext2D, @napi-rs/canvas's context at build time and the SVG writer
 * (svgContext.ts) all satisfy it, so one drawing function makes the PNG download, the build's
 * stills, the video frames, the small multiples and the SVG export.
 */
export interface Canvas2D {
  /** A colour string or a backend's own pattern (see Paints). */
  fillStyle: string | object;
  strokeStyle: string | object;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textBaseline: 'alphabetic' | 'middle' | 'top' | 'bottom' | 'hanging' | 'ideographic';
  textAlign: 'start' | 'end' | 'left' | 'right' | 'center';
  lineJoin: 'round' | 'bevel' | 'miter';
  save(): void;
  restore(): void;
  scale(x: number, y: number): void;
  translate(x: number, y: number): void;
  setLineDash(segments: number[]): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  rect(x: number, y: number, width: number, height: number): void;
  clip(): void;
  fill(fillRule?: 'nonzero' | 'evenodd'): void;
  stroke(): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  strokeText(text: string, x: number, y: number, maxWidth?: number): void;
  measureText(text: string): { width: number };
}

/**
 * The fills a backend makes for the renderer: the emergency hatching over light and mid fills
 * (ink lines) and over the darkest fill (paper lines), each a pattern of that backend or a flat
 * tint where it cannot make one.
 */
export interface Paints {
  hatch: string | object;
  hatchOnDark: string | object;
}
