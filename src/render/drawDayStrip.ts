import { levelColours, regionStyleDefaults } from '../map/regionStyle';
import { rgba } from '../map/rgba';
import { styleTokens } from '../map/styleTokens';
import { threatTokens } from '../map/threatStyle';
import type { Level } from '../timeline/level';
import type { Canvas2D, Paints } from './canvas2d';
import { drawMapArea, frameFont, type Size } from './drawFrame';
import type { FrameInput } from './frameInput';
import { wrapText } from './wrapText';

/** One day of the strip: its label, its beat in words and the map at its end. */
export interface DayStripCell {
  /** `YYYY-MM-DD` (Almaty time): the day's bare-date `t`. */
  day: string;
  /** "5 Jan" */
  label: string;
  /** "First state of emergency: Almaty, Mangystau" */
  beat: string;
  /** The picture input at the end of the day (frameInputAt); only its map is drawn. */
  map: FrameInput;
}

/** The strip's words and days, already in the reader's language. */
export interface DayStripInput {
  title: string;
  /** What each map shows ("Each map: the end of the day, Almaty time"). */
  note: string;
  credit: string;
  legend: readonly { label: string; level: Level }[];
  emergencyLabel: string;
  threatLabel: string;
  days: readonly DayStripCell[];
}

export const dayStripDefaults = {
  /** The strip's width (CSS px): a print page's column width at 150 dpi, 2x for 300 dpi. */
  width: 1200,
  /** Around the picture (px). */
  pad: 24,
  /** Between cells (px). */
  gap: 12,
  /** Kazakhstan's width over its height in Web Mercator, with the map's margins (measured on regions: about 1.83). */
  mapAspect: 1.75,
  /** Lines and markers at this share of the map's: a 180 px map at its width's share (0.2) loses the threat border. */
  markerScale: 0.45,
  /** Lines of beat under each map at most: the longest reach lists take three in ru and kk at 6 columns. */
  beatLines: 3,
  /** Type sizes (px). */
  titlePx: 26,
  notePx: 15,
  dayPx: 15,
  beatPx: 12.5,
  legendPx: 14,
  creditPx: 12,
} as const;

export interface DayStripOptions {
  fontFamily?: string;
  /** Columns of the grid; by default 6 from 1000 px wide, 4 from 640, else 2. */
  columns?: number;
}

const { colour } = styleTokens;
const d = dayStripDefaults;
const lineHeight = 1.25;

/** The columns a strip of `width` takes (the app's own grid takes 6 at desktop widths too). */
export function dayStripColumns(width: number): number {
  return width >= 1000 ? 6 : width >= 640 ? 4 : 2;
}

/** The geometry of a strip: the header's and a cell's heights, the whole size. Pure, so the page and the test agree. */
export function dayStripLayout(count: number, width: number = d.width, columns: number = dayStripColumns(width)) {
  const cellWidth = (width - 2 * d.pad - (columns - 1) * d.gap) / columns;
  const mapHeight = Math.round(cellWidth / d.mapAspect);
  const cellHeight = mapHeight + 6 + d.dayPx * lineHeight + d.beatLines * d.beatPx * lineHeight;
  const rows = Math.ceil(count / columns);
  const headerHeight = d.titlePx * lineHeight + d.notePx * lineHeight + 12;
  const footerHeight = d.legendPx * 2 + d.creditPx * lineHeight + 8;
  const height = Math.ceil(2 * d.pad + headerHeight + rows * cellHeight + Math.max(0, rows - 1) * d.gap + footerHeight);
  return { width, height, columns, rows, cellWidth, cellHeight, mapHeight, headerHeight };
}

/** The size of the strip of `count` days at `width` (before the device-pixel scale). */
export function dayStripSize(count: number, width: number = d.width): Size {
  const { height } = dayStripLayout(count, width);
  return { width, height };
}

/**
 * The whole story as one picture, for print desks and readers who prefer no motion: the title
 * and what each map shows, then a grid with one small map per day (drawMapArea, without city names:
 * the same renderer and colours as every still), the day and its beat under each, then the key and
 * the credits. `size.height` should be dayStripSize's; a shorter one cuts the last rows.
 */
export function drawDayStrip(ctx: Canvas2D, strip: DayStripInput, size: Size, paints: Paints, options: DayStripOptions = {}): void {
  const font = options.fontFamily ?? frameFont;
  const layout = dayStripLayout(strip.days.length, size.width, options.columns ?? dayStripColumns(size.width));
  ctx.fillStyle = colour.paper;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  const textWidth = size.width - 2 * d.pad;
  let y = d.pad;
  ctx.fillStyle = colour.ink;
  ctx.font = `700 ${d.titlePx}px ${font}`;
  y += d.titlePx * lineHeight;
  ctx.fillText(strip.title, d.pad, y - d.titlePx * 0.25, textWidth);
  ctx.fillStyle = colour.muted;
  ctx.font = `400 ${d.notePx}px ${font}`;
  y += d.notePx * lineHeight;
  ctx.fillText(strip.note, d.pad, y - d.notePx * 0.25, textWidth);
  const gridTop = d.pad + layout.headerHeight;

  strip.days.forEach((day, i) => {
    const x = d.pad + (i % layout.columns) * (layout.cellWidth + d.gap);
    const top = gridTop + Math.floor(i / layout.columns) * (layout.cellHeight + d.gap);
    drawMapArea(ctx, day.map, { x, y: top, width: layout.cellWidth, height: layout.mapHeight }, paints, { fontFamily: font, labelScale: 0, margin: 4, markerScale: dayStripDefaults.markerScale });
    let line = top + layout.mapHeight + 6 + d.dayPx;
    ctx.fillStyle = colour.ink;
    ctx.font = `700 ${d.dayPx}px ${font}`;
    ctx.fillText(day.label, x, line, layout.cellWidth);
    ctx.font = `400 ${d.beatPx}px ${font}`;
    for (const text of wrapText(ctx, day.beat, layout.cellWidth, d.beatLines)) {
      line += d.beatPx * lineHeight;
      ctx.fillText(text, x, line, layout.cellWidth);
    }
  });

  const footerTop = size.height - d.pad - d.creditPx * lineHeight - d.legendPx * 2;
  drawKey(ctx, strip, paints, d.pad, footerTop + d.legendPx, textWidth, font);
  ctx.fillStyle = colour.muted;
  ctx.font = `400 ${d.creditPx}px ${font}`;
  ctx.fillText(strip.credit, d.pad, size.height - d.pad, textWidth);
}

/** The colour key in one row: the levels, the emergency hatching and the threat border, as under the map. */
function drawKey(ctx: Canvas2D, strip: DayStripInput, paints: Paints, left: number, middle: number, maxWidth: number, font: string): void {
  const w = 22;
  const h = 14;
  ctx.font = `400 ${d.legendPx}px ${font}`;
  ctx.textBaseline = 'middle';
  const items = [
    ...strip.legend.map(({ label, level }) => ({ kind: 'level' as const, label, fill: levelColours[level] })),
    { kind: 'emergency' as const, label: strip.emergencyLabel, fill: levelColours.calm },
    { kind: 'threat' as const, label: strip.threatLabel, fill: levelColours.calm },
  ];
  let x = left;
  for (const item of items) {
    if (x + w > left + maxWidth) break;
    ctx.fillStyle = item.fill;
    ctx.fillRect(x, middle - h / 2, w, h);
    if (item.kind === 'emergency') {
      ctx.fillStyle = paints.hatch;
      ctx.fillRect(x, middle - h / 2, w, h);
    }
    if (item.kind === 'threat') {
      ctx.lineWidth = threatTokens.casing;
      ctx.strokeStyle = rgba(colour.ink, 0.9);
      ctx.strokeRect(x, middle - h / 2, w, h);
      ctx.lineWidth = threatTokens.line;
      ctx.strokeStyle = threatTokens.colour.red;
    } else {
      ctx.lineWidth = 1;
      ctx.strokeStyle = regionStyleDefaults.color;
    }
    ctx.strokeRect(x, middle - h / 2, w, h);
    ctx.fillStyle = colour.ink;
    ctx.fillText(item.label, x + w + 6, middle);
    x += w + 6 + ctx.measureText(item.label).width + 20;
  }
  ctx.textBaseline = 'alphabetic';
}
