import { hatchStyle, type HatchStyle } from '../map/hatchStyle';
import type { Canvas2D, Paints } from './canvas2d';

/** A hatch fill for the SVG writer: becomes a `<pattern>` in the document's defs. */
interface SvgPattern {
  svgPattern: HatchStyle;
}

/** The hatch paints for the SVG writer: the same tiles as the map's own SVG patterns. */
export function svgPaints(): Paints {
  return { hatch: { svgPattern: hatchStyle() } satisfies SvgPattern, hatchOnDark: { svgPattern: hatchStyle(undefined, true) } satisfies SvgPattern };
}

/** Measures text for wrapping and the key's layout; the browser passes a canvas's own measureText. */
export type MeasureText = (text: string, font: string) => number;

/** Without a canvas: an average glyph of 0.56 em (0.6 bold), close enough for layout. */
export const approximateMeasure: MeasureText = (text, font) => {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 16);
  const bold = /^\s*(?:bold|[6-9]00)\b/.test(font);
  return text.length * size * (bold ? 0.6 : 0.56);
};

interface State {
  fillStyle: string | object;
  strokeStyle: string | object;
  lineWidth: number;
  globalAlpha: number;
  font: string;
  textBaseline: Canvas2D['textBaseline'];
  textAlign: Canvas2D['textAlign'];
  lineJoin: Canvas2D['lineJoin'];
  dash: number[];
  /** x' = sx·x + tx, y' = sy·y + ty (the renderer only scales and translates). */
  sx: number;
  sy: number;
  tx: number;
  ty: number;
  clip: string | null;
}

const baselines: Record<Canvas2D['textBaseline'], string> = {
  alphabetic: 'alphabetic',
  middle: 'central',
  top: 'text-before-edge',
  hanging: 'hanging',
  bottom: 'text-after-edge',
  ideographic: 'ideographic',
};

const anchors: Record<Canvas2D['textAlign'], string> = { start: 'start', left: 'start', center: 'middle', end: 'end', right: 'end' };

/**
 * A Canvas2D that writes SVG: each fill, stroke, rectangle and text becomes an element, clips become
 * clipPaths and the hatch a pattern, so the renderer that draws the PNG also draws the vector file
 * print desks import into their layout tools. Text stays text (editable, searchable).
 * @example const svg = new SvgContext(); drawFrame(svg, input, size, svgPaints()); svg.toSvg(size)
 */
export class SvgContext implements Canvas2D {
  private state: State = {
    fillStyle: '#000',
    strokeStyle: '#000',
    lineWidth: 1,
    globalAlpha: 1,
    font: '10px sans-serif',
    textBaseline: 'alphabetic',
    textAlign: 'start',
    lineJoin: 'miter',
    dash: [],
    sx: 1,
    sy: 1,
    tx: 0,
    ty: 0,
    clip: null,
  };
  private readonly stack: State[] = [];
  private path: string[] = [];
  private readonly body: string[] = [];
  private readonly defs = new Map<string, string>();
  private clipCount = 0;

  constructor(private readonly measure: MeasureText = approximateMeasure) {}

  get fillStyle() { return this.state.fillStyle; }
  set fillStyle(value) { this.state.fillStyle = value; }
  get strokeStyle() { return this.state.strokeStyle; }
  set strokeStyle(value) { this.state.strokeStyle = value; }
  get lineWidth() { return this.state.lineWidth; }
  set lineWidth(value) { this.state.lineWidth = value; }
  get globalAlpha() { return this.state.globalAlpha; }
  set globalAlpha(value) { this.state.globalAlpha = value; }
  get font() { return this.state.font; }
  set font(value) { this.state.font = value; }
  get textBaseline() { return this.state.textBaseline; }
  set textBaseline(value) { this.state.textBaseline = value; }
  get textAlign() { return this.state.textAlign; }
  set textAlign(value) { this.state.textAlign = value; }
  get lineJoin() { return this.state.lineJoin; }
  set lineJoin(value) { this.state.lineJoin = value; }

  save(): void {
    this.stack.push({ ...this.state, dash: [...this.state.dash] });
  }

  restore(): void {
    const state = this.stack.pop();
    if (state) this.state = state;
  }

  scale(x: number, y: number): void {
    this.state.sx *= x;
    this.state.sy *= y;
  }

  translate(x: number, y: number): void {
    this.state.tx += this.state.sx * x;
    this.state.ty += this.state.sy * y;
  }

  setLineDash(segments: number[]): void {
    this.state.dash = [...segments];
  }

  beginPath(): void {
    this.path = [];
  }

  moveTo(x: number, y: number): void {
    this.path.push(`M${this.x(x)} ${this.y(y)}`);
  }

  lineTo(x: number, y: number): void {
    this.path.push(`L${this.x(x)} ${this.y(y)}`);
  }

  closePath(): void {
    this.path.push('Z');
  }

  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void {
    const r = num(radius * this.state.sx);
    const point = (angle: number) => `${this.x(x + radius * Math.cos(angle))} ${this.y(y + radius * Math.sin(angle))}`;
    if (endAngle - startAngle >= 2 * Math.PI - 1e-9) {
      // A full circle: two half arcs (one arc command cannot start and end at the same point).
      this.path.push(`M${point(0)}`, `A${r} ${r} 0 1 1 ${point(Math.PI)}`, `A${r} ${r} 0 1 1 ${point(0)}`, 'Z');
      return;
    }
    const large = endAngle - startAngle > Math.PI ? 1 : 0;
    this.path.push(`${this.path.length ? 'L' : 'M'}${point(startAngle)}`, `A${r} ${r} 0 ${large} 1 ${point(endAngle)}`);
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.moveTo(x, y);
    this.lineTo(x + width, y);
    this.lineTo(x + width, y + height);
    this.lineTo(x, y + height);
    this.closePath();
  }

  clip(): void {
    const id = `qm-clip-${++this.clipCount}`;
    this.defs.set(id, `<clipPath id="${id}"><path d="${this.path.join('')}"/></clipPath>`);
    this.state.clip = id;
  }

  fill(fillRule: 'nonzero' | 'evenodd' = 'nonzero'): void {
    if (!this.path.length) return;
    this.body.push(`<path d="${this.path.join('')}" fill="${this.paint(this.state.fillStyle)}"${fillRule === 'evenodd' ? ' fill-rule="evenodd"' : ''}${this.common()}/>`);
  }

  stroke(): void {
    if (!this.path.length) return;
    this.body.push(`<path d="${this.path.join('')}" fill="none"${this.strokeAttributes()}${this.common()}/>`);
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    this.body.push(`<rect${this.rectAttributes(x, y, width, height)} fill="${this.paint(this.state.fillStyle)}"${this.common()}/>`);
  }

  strokeRect(x: number, y: number, width: number, height: number): void {
    this.body.push(`<rect${this.rectAttributes(x, y, width, height)} fill="none"${this.strokeAttributes()}${this.common()}/>`);
  }

  fillText(text: string, x: number, y: number, maxWidth?: number): void {
    this.body.push(this.text(text, x, y, maxWidth, ` fill="${this.paint(this.state.fillStyle)}"`));
  }

  strokeText(text: string, x: number, y: number, maxWidth?: number): void {
    this.body.push(this.text(text, x, y, maxWidth, ` fill="none"${this.strokeAttributes()}`));
  }

  measureText(text: string): { width: number } {
    return { width: this.measure(text, this.state.font) };
  }

  /** The document: `size` in CSS px, with a viewBox so it scales cleanly in layout tools. */
  toSvg(size: { width: number; height: number }, title = ''): string {
    const defs = [...this.defs.values()];
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">`,
      ...(title ? [`<title>${escapeXml(title)}</title>`] : []),
      ...(defs.length ? [`<defs>${defs.join('')}</defs>`] : []),
      ...this.body,
      '</svg>',
    ].join('\n');
  }

  private x(value: number): string {
    return num(this.state.sx * value + this.state.tx);
  }

  private y(value: number): string {
    return num(this.state.sy * value + this.state.ty);
  }

  private rectAttributes(x: number, y: number, width: number, height: number): string {
    return ` x="${this.x(x)}" y="${this.y(y)}" width="${num(width * this.state.sx)}" height="${num(height * this.state.sy)}"`;
  }

  private strokeAttributes(): string {
    const { lineWidth, dash, lineJoin, sx } = this.state;
    return (
      ` stroke="${this.paint(this.state.strokeStyle)}" stroke-width="${num(lineWidth * sx)}"` +
      (lineJoin !== 'miter' ? ` stroke-linejoin="${lineJoin}"` : '') +
      (dash.length ? ` stroke-dasharray="${dash.map((d) => num(d * sx)).join(' ')}"` : '')
    );
  }

  private common(): string {
    const { globalAlpha, clip } = this.state;
    return (globalAlpha < 1 ? ` opacity="${num(globalAlpha)}"` : '') + (clip ? ` clip-path="url(#${clip})"` : '');
  }

  private text(text: string, x: number, y: number, maxWidth: number | undefined, paint: string): string {
    const font = parseFont(this.state.font);
    const width = this.measure(text, this.state.font);
    // As the canvas squeezes text into maxWidth, SVG's textLength does.
    const fit = maxWidth !== undefined && width > maxWidth ? ` textLength="${num(maxWidth * this.state.sx)}" lengthAdjust="spacingAndGlyphs"` : '';
    return (
      `<text x="${this.x(x)}" y="${this.y(y)}" font-family="${escapeXml(font.family)}" font-size="${num(font.size * this.state.sx)}"` +
      (font.weight !== '400' ? ` font-weight="${font.weight}"` : '') +
      (this.state.textBaseline !== 'alphabetic' ? ` dominant-baseline="${baselines[this.state.textBaseline]}"` : '') +
      (anchors[this.state.textAlign] !== 'start' ? ` text-anchor="${anchors[this.state.textAlign]}"` : '') +
      `${paint}${fit}${this.common()}>${escapeXml(text)}</text>`
    );
  }

  private paint(style: string | object): string {
    if (typeof style === 'string') return escapeXml(style);
    if ('svgPattern' in style) {
      const hatch = (style as SvgPattern).svgPattern;
      const { line } = hatch;
      this.defs.set(
        hatch.id,
        `<pattern id="${hatch.id}" width="${hatch.size}" height="${hatch.size}" patternUnits="userSpaceOnUse" patternTransform="rotate(${hatch.angle})">` +
          `<line x1="${line.x1}" y1="${line.y1}" x2="${line.x2}" y2="${line.y2}" stroke="${escapeXml(hatch.stroke)}" stroke-opacity="${hatch.opacity}" stroke-width="${hatch.width}"/></pattern>`,
      );
      return `url(#${hatch.id})`;
    }
    return 'none';
  }
}

function parseFont(font: string): { weight: string; size: number; family: string } {
  const match = /^\s*(?:(normal|bold|[1-9]00)\s+)?(\d+(?:\.\d+)?)px\s+(.+)$/.exec(font);
  if (!match) return { weight: '400', size: 16, family: 'sans-serif' };
  const weight = match[1] === 'bold' ? '700' : match[1] === 'normal' || !match[1] ? '400' : match[1];
  return { weight, size: Number(match[2]), family: match[3] ?? 'sans-serif' };
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
