import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { baseColours, countryOutlineStyle, neighbourStyle, waterStyle } from '../map/baseStyle';
import type { PathStyle } from '../map/pathStyle';
import { placeStyle } from '../map/placeStyle';
import { darkLevel, levelColours, regionStyle, regionStyleDefaults } from '../map/regionStyle';
import { rgba } from '../map/rgba';
import { styleTokens } from '../map/styleTokens';
import { threatTokens } from '../map/threatStyle';
import type { Canvas2D, Paints } from './canvas2d';
import { fitMercator, type Frame, type Project } from './fitMercator';
import type { FrameInput } from './frameInput';
import { frameLabels } from './frameLabels';
import { drawTextBlocks } from './textBlocks';

/** The picture sizes the app and the build make (CSS px; a PNG may have 2 device px per unit). */
export const frameSizes = {
  /** The PNG download and the print picture. */
  standard: { width: 1200, height: 860 },
  /** Social cards (Open Graph, Twitter) and the build's stills. */
  card: { width: 1200, height: 630 },
  /** Square video for social feeds. */
  square: { width: 1080, height: 1080 },
  /** Landscape video. */
  wide: { width: 1920, height: 1080 },
} as const;

export interface Size {
  width: number;
  height: number;
}

/** The system faces first (as on screen), then DejaVu Sans, which the build registers (Kazakh letters included). */
export const frameFont = 'system-ui, "DejaVu Sans", Arial, sans-serif';

export interface FrameOptions {
  fontFamily?: string;
}

const { colour } = styleTokens;

/**
 * A whole picture of one instant at `size`: title, date, the beat's caption and the headline on
 * top (wrapped to the width), the map in the middle, the colour key and the credits below. The
 * type scales with the picture, so a 1080 px square and a 1920 px frame read alike. Drawn from the
 * data, not from the page, so it works in the browser, in Node at build time and into SVG.
 */
export function drawFrame(ctx: Canvas2D, input: FrameInput, size: Size, paints: Paints, options: FrameOptions = {}): void {
  const font = options.fontFamily ?? frameFont;
  const { width, height } = size;
  const s = typeScale(size);
  const pad = Math.round(24 * s);
  const textWidth = width - 2 * pad;
  ctx.fillStyle = colour.paper;
  ctx.fillRect(0, 0, width, height);

  const headerBottom = drawTextBlocks(
    ctx,
    [
      { text: input.title, px: Math.round(28 * s), weight: '700', fill: colour.ink, maxLines: 2 },
      { text: input.when, px: Math.round(20 * s), weight: '600', fill: colour.ink, maxLines: 1 },
      { text: input.caption, px: Math.round(17 * s), weight: '600', fill: colour.ink, maxLines: 2 },
      { text: input.headline, px: Math.round(15 * s), weight: '400', fill: colour.muted, maxLines: 2 },
    ],
    { x: pad, top: pad, width: textWidth, after: 0.3, font },
  );

  const creditPx = Math.round(13 * s);
  const legendRows = legendLayout(ctx, input, textWidth, s, font);
  const footerTop = height - pad - creditPx * 1.4 - legendRows.height;
  drawLegend(ctx, paints, legendRows, pad, footerTop, s, font);
  ctx.fillStyle = colour.muted;
  ctx.font = `400 ${creditPx}px ${font}`;
  ctx.fillText(input.credit, pad, height - pad, textWidth);

  drawMapArea(ctx, input, { x: 0, y: headerBottom, width, height: footerTop - headerBottom - 8 * s }, paints, { fontFamily: font, labelScale: s });
}

/** How much larger than the 1200 × 860 picture's type a picture of `size` sets its type. */
export function typeScale(size: Size): number {
  return Math.min(1.7, Math.max(0.7, Math.min(size.width / 1200, size.height / 760)));
}

export interface MapAreaOptions {
  fontFamily?: string;
  /** City names at this scale of 14 px; 0 draws none (small multiples). */
  labelScale?: number;
  /** Margin between the country and the frame (px). */
  margin?: number;
  /** Line widths and marker sizes as a share of the map's (default: the frame's width / 900, at most 1); small multiples set a floor so the threat border still reads. */
  markerScale?: number;
}

/**
 * The map alone inside `frame`: the neighbours and water, the regions by level with the
 * emergency hatching and the threat border, the country outline, the places by count and the
 * city names. The small multiples draw only this.
 */
export function drawMapArea(ctx: Canvas2D, input: FrameInput, frame: Frame, paints: Paints, options: MapAreaOptions = {}): void {
  const font = options.fontFamily ?? frameFont;
  const labelScale = options.labelScale ?? 1;
  const project = fitMercator(input.base.country.features, frame, options.margin ?? Math.max(6, Math.min(28, frame.width / 40)));
  const markerScale = options.markerScale ?? Math.min(1, frame.width / 900);

  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.x, frame.y, frame.width, frame.height);
  ctx.clip();
  // Neutral land where the neighbours layer ends, as on screen: water only where its polygons are.
  ctx.fillStyle = baseColours.contextLand;
  ctx.fillRect(frame.x, frame.y, frame.width, frame.height);
  // The Leaflet layers' own styles, so the picture and the map cannot drift apart.
  for (const feature of input.base.neighbours.features) drawFeature(ctx, feature, project, neighbourStyle(feature));
  for (const feature of input.base.water.features) drawFeature(ctx, feature, project, waterStyle);
  for (const region of input.regions.features) {
    const state = input.regionStates.get(region.id);
    drawFeature(ctx, region, project, regionStyle(state?.level));
    if (state?.emergency) {
      const onDark = state.level === darkLevel;
      drawFeature(ctx, region, project, {
        fillColor: onDark ? paints.hatchOnDark : paints.hatch,
        color: onDark ? colour.paper : colour.ink,
        weight: styleTokens.width.emergencyOutline * markerScale,
        dashArray: styleTokens.emergencyDash.map((dash) => dash * markerScale).join(' '),
      });
    }
  }
  for (const feature of input.base.lakes.features) drawFeature(ctx, feature, project, waterStyle);
  for (const feature of input.base.country.features) drawFeature(ctx, feature, project, countryOutlineStyle);
  for (const region of input.regions.features) {
    const threat = input.regionStates.get(region.id)?.threat ?? 'none';
    if (threat === 'none') continue;
    // The map's third channel: a coloured border on an ink casing, solid red, dashed orange, dotted yellow.
    drawFeature(ctx, region, project, { fill: false, color: rgba(colour.ink, 0.9), weight: threatTokens.casing * markerScale });
    const dash = threatTokens.dash[threat];
    drawFeature(ctx, region, project, {
      fill: false,
      color: threatTokens.colour[threat],
      weight: threatTokens.line * markerScale,
      ...(dash ? { dashArray: dash.split(' ').map((n) => Number(n) * markerScale).join(' ') } : {}),
    });
  }
  const circles: [number, number, number][] = [];
  for (const place of [...input.places].sort((a, b) => b.count - a.count)) {
    const style = placeStyle(place.level, place.count);
    const radius = (style.radius ?? 0) * Math.max(0.45, markerScale);
    if (radius <= 0) continue;
    const [x, y] = project(place.coordinates);
    circles.push([x, y, radius]);
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
    ctx.fillStyle = style.fillColor ?? colour.ink;
    ctx.globalAlpha = style.fillOpacity ?? 1;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = (style.weight ?? 0) * Math.max(0.5, markerScale);
    ctx.strokeStyle = style.color ?? colour.paper;
    ctx.stroke();
  }
  if (labelScale > 0) {
    const px = Math.round(14 * labelScale);
    ctx.font = `600 ${px}px ${font}`;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const label of frameLabels(ctx, input, frame, project, circles, px)) {
      // A paper halo, as the map's label boxes, so names read over any fill.
      ctx.lineWidth = 3 * labelScale;
      ctx.strokeStyle = rgba(colour.paper, 0.9);
      ctx.strokeText(label.name, label.x, label.y);
      ctx.fillStyle = colour.ink;
      ctx.fillText(label.name, label.x, label.y);
    }
    ctx.textBaseline = 'alphabetic';
  }
  ctx.restore();
}

export interface LegendItem {
  kind: 'level' | 'emergency' | 'threat';
  label: string;
  fill: string;
  x: number;
  row: number;
  labelWidth: number;
}

export interface LegendRows {
  items: LegendItem[];
  height: number;
  rowHeight: number;
}

const swatch = { width: 26, height: 18, gap: 8, after: 24 };

/** The key's items flowed into rows that fit `maxWidth` (a square frame takes two rows). */
export function legendLayout(ctx: Canvas2D, input: FrameInput, maxWidth: number, s: number, font: string): LegendRows {
  ctx.font = `400 ${Math.round(15 * s)}px ${font}`;
  const entries: Omit<LegendItem, 'x' | 'row' | 'labelWidth'>[] = [
    ...input.legend.map(({ label, level }) => ({ kind: 'level' as const, label, fill: levelColours[level] })),
    { kind: 'emergency', label: input.emergencyLabel, fill: '' },
    { kind: 'threat', label: input.threatLabel, fill: threatTokens.colour.red },
  ];
  const rowHeight = Math.round(28 * s);
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
    const labelWidth = ctx.measureText(entry.label).width;
    const itemWidth = (swatch.width + swatch.gap) * s + labelWidth;
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      row += 1;
    }
    items.push({ ...entry, x, row, labelWidth });
    x += itemWidth + swatch.after * s;
  }
  return { items, rowHeight, height: (row + 1) * rowHeight };
}

/**
 * Draws the key laid out by legendLayout with its top-left corner at (left, top); with `maxWidth`,
 * a label longer than the room left on its row is narrowed to fit (canvas fillText's maxWidth).
 */
export function drawLegend(ctx: Canvas2D, paints: Paints, rows: LegendRows, left: number, top: number, s: number, font: string, maxWidth?: number): void {
  ctx.font = `400 ${Math.round(15 * s)}px ${font}`;
  ctx.textBaseline = 'middle';
  const w = swatch.width * s;
  const h = swatch.height * s;
  for (const item of rows.items) {
    const x = left + item.x;
    const y = top + item.row * rows.rowHeight + rows.rowHeight / 2;
    if (item.kind === 'threat') {
      ctx.fillStyle = levelColours.calm;
      ctx.fillRect(x, y - h / 2, w, h);
      ctx.lineWidth = threatTokens.casing * s;
      ctx.strokeStyle = rgba(colour.ink, 0.9);
      ctx.strokeRect(x, y - h / 2, w, h);
      ctx.lineWidth = threatTokens.line * s;
      ctx.strokeStyle = item.fill;
      ctx.strokeRect(x, y - h / 2, w, h);
    } else {
      ctx.fillStyle = item.kind === 'emergency' ? levelColours.calm : item.fill;
      ctx.fillRect(x, y - h / 2, w, h);
      if (item.kind === 'emergency') {
        ctx.fillStyle = paints.hatch;
        ctx.fillRect(x, y - h / 2, w, h);
      }
      ctx.strokeStyle = regionStyleDefaults.color;
      ctx.lineWidth = 1;
      ctx.strokeRect(x, y - h / 2, w, h);
    }
    ctx.fillStyle = colour.ink;
    const textX = x + w + swatch.gap * s;
    if (maxWidth === undefined) ctx.fillText(item.label, textX, y);
    else ctx.fillText(item.label, textX, y, Math.max(1, left + maxWidth - textX));
  }
  ctx.textBaseline = 'alphabetic';
}

/** A path style as the map's, except that the fill may be a backend's pattern (the hatch). */
type FramePathStyle = Omit<PathStyle, 'fillColor'> & { fillColor?: string | object };

/**
 * Draws a feature as Leaflet would with `style`: filled unless `fill: false`, stroked where
 * `weight` > 0, dashed by `dashArray`. Opacities are not applied: the layers drawn are opaque.
 */
function drawFeature(ctx: Canvas2D, feature: Feature<Polygon | MultiPolygon>, project: Project, style: FramePathStyle): void {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  ctx.beginPath();
  for (const rings of polygons) {
    for (const ring of rings) {
      ring.forEach((position, index) => {
        const [x, y] = project(position);
        if (index === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
    }
  }
  if (style.fill !== false && style.fillColor) {
    ctx.fillStyle = style.fillColor;
    ctx.fill('evenodd');
  }
  if (style.color && style.weight) {
    ctx.strokeStyle = style.color;
    ctx.lineWidth = style.weight;
    ctx.setLineDash(style.dashArray ? style.dashArray.split(/[ ,]+/).map(Number) : []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}
