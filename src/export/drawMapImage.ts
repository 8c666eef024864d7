import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { BaseMap, CityCollection, RegionCollection, RegionId } from '../data/types';
import { baseColours, countryOutlineStyle, neighbourStyle, waterStyle } from '../map/baseStyle';
import type { PathStyle } from '../map/pathStyle';
import { placeStyle } from '../map/placeStyle';
import { levelColours, regionStyle, regionStyleDefaults } from '../map/regionStyle';
import { rgba } from '../map/rgba';
import { styleTokens } from '../map/styleTokens';
import type { Level } from '../timeline/level';

/** What the picture shows: the state at one instant, with its words already in the reader's language. */
export interface MapImageInput {
  regions: RegionCollection;
  base: BaseMap;
  cities: CityCollection;
  regionStates: ReadonlyMap<RegionId, { level: Level; emergency: boolean }>;
  places: readonly { coordinates: [number, number]; level: Level; count: number }[];
  cityName: (id: string) => string;
  title: string;
  when: string;
  headline: string;
  legend: readonly { label: string; level: Level }[];
  emergencyLabel: string;
  credit: string;
}

export const imageSize = { width: 1200, height: 860 };
const header = 118;
const footer = 96;
const font = 'system-ui, "DejaVu Sans", Arial, sans-serif';
const { colour } = styleTokens;

type Project = (position: Position) => [number, number];

/**
 * Draws the current view as a picture on a 2D canvas: base map, regions coloured by level, hatching
 * where a state of emergency is in force, places sized by events so far, city names, title, date,
 * headline, legend and credits. Drawn from the data (not a screenshot of the page), so it needs no
 * outside service and works under the app's Content-Security-Policy. `hatch` fills emergencies.
 */
export function drawMapImage(ctx: CanvasRenderingContext2D, input: MapImageInput, hatch: CanvasPattern | string): void {
  const { width, height } = imageSize;
  ctx.fillStyle = colour.paper;
  ctx.fillRect(0, 0, width, height);
  const frame = { x: 0, y: header, width, height: height - header - footer };
  const project = fitMercator(input.base.country.features, frame);

  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.x, frame.y, frame.width, frame.height);
  ctx.clip();
  // Neutral land where the neighbours layer ends, as on screen (styles/layout.css): water is drawn
  // only where the Caspian and lake polygons are, never as bands at the picture's edges.
  ctx.fillStyle = baseColours.contextLand;
  ctx.fillRect(frame.x, frame.y, frame.width, frame.height);
  // The Leaflet layers' own styles, so the picture and the map cannot drift apart.
  for (const feature of input.base.neighbours.features) fillFeature(ctx, feature, project, neighbourStyle(feature));
  for (const feature of input.base.water.features) fillFeature(ctx, feature, project, waterStyle);
  for (const region of input.regions.features) {
    const state = input.regionStates.get(region.id);
    fillFeature(ctx, region, project, regionStyle(state?.level));
    if (state?.emergency) fillFeature(ctx, region, project, { fillColor: hatch, weight: 0 });
  }
  for (const feature of input.base.lakes.features) fillFeature(ctx, feature, project, waterStyle);
  for (const feature of input.base.country.features) fillFeature(ctx, feature, project, countryOutlineStyle);
  for (const place of [...input.places].sort((a, b) => b.count - a.count)) {
    const style = placeStyle(place.level, place.count);
    if (!style.radius || style.radius <= 0) continue;
    const [x, y] = project(place.coordinates);
    ctx.beginPath();
    ctx.arc(x, y, style.radius, 0, 2 * Math.PI);
    ctx.fillStyle = style.fillColor ?? colour.ink;
    ctx.globalAlpha = style.fillOpacity ?? 1;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = style.weight ?? 0;
    ctx.strokeStyle = style.color ?? colour.paper;
    ctx.stroke();
  }
  ctx.font = `600 14px ${font}`;
  ctx.textBaseline = 'middle';
  for (const city of input.cities.features) {
    if (!city.properties.label) continue;
    const [x, y] = project(city.geometry.coordinates);
    ctx.lineWidth = 3;
    // A paper halo, as the map's label boxes, so names read over any fill.
    ctx.strokeStyle = rgba(colour.paper, 0.9);
    ctx.strokeText(input.cityName(String(city.id)), x + 6, y);
    ctx.fillStyle = colour.ink;
    ctx.fillText(input.cityName(String(city.id)), x + 6, y);
  }
  ctx.restore();

  ctx.fillStyle = colour.ink;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 28px ${font}`;
  ctx.fillText(input.title, 24, 44, width - 48);
  ctx.font = `600 20px ${font}`;
  ctx.fillText(input.when, 24, 76, width - 48);
  ctx.font = `16px ${font}`;
  ctx.fillText(input.headline, 24, 104, width - 48);
  drawLegend(ctx, input, hatch, height - footer + 30);
  ctx.fillStyle = colour.muted;
  ctx.font = `13px ${font}`;
  ctx.fillText(input.credit, 24, height - 18, width - 48);
}

function drawLegend(ctx: CanvasRenderingContext2D, input: MapImageInput, hatch: CanvasPattern | string, y: number): void {
  let x = 24;
  ctx.font = `15px ${font}`;
  ctx.textBaseline = 'middle';
  const swatch = (fill: CanvasPattern | string, label: string) => {
    ctx.fillStyle = fill;
    ctx.fillRect(x, y - 9, 26, 18);
    ctx.strokeStyle = regionStyleDefaults.color;
    ctx.lineWidth = 1;
    ctx.strokeRect(x, y - 9, 26, 18);
    ctx.fillStyle = colour.ink;
    ctx.fillText(label, x + 34, y);
    x += 34 + ctx.measureText(label).width + 28;
  };
  for (const { label, level } of input.legend) swatch(levelColours[level], label);
  swatch(hatch, input.emergencyLabel);
  ctx.textBaseline = 'alphabetic';
}

/** A path style as the map's, except that the fill may be a canvas pattern (the hatch). */
type CanvasPathStyle = Omit<PathStyle, 'fillColor'> & { fillColor?: CanvasPattern | string };

/**
 * Draws a feature as Leaflet would with `style`: filled unless `fill: false`, stroked where `weight` > 0.
 * Opacities are not applied: every layer drawn here is opaque (fillOpacity and opacity 1).
 */
function fillFeature(ctx: CanvasRenderingContext2D, feature: Feature<Polygon | MultiPolygon>, project: Project, style: CanvasPathStyle): void {
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
    ctx.stroke();
  }
}

/** Web Mercator (as the map uses), scaled and centred so `features` fill `frame` with a margin. */
export function fitMercator(
  features: readonly Feature<Polygon | MultiPolygon>[],
  frame: { x: number; y: number; width: number; height: number },
  margin = 28,
): Project {
  const mercator = ([lng, lat]: Position): [number, number] => [
    ((lng ?? 0) * Math.PI) / 180,
    Math.log(Math.tan(Math.PI / 4 + ((lat ?? 0) * Math.PI) / 360)),
  ];
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const position of polygons.flat(2)) {
      const [x, y] = mercator(position);
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  const scale = Math.min((frame.width - 2 * margin) / (maxX - minX), (frame.height - 2 * margin) / (maxY - minY));
  const offsetX = frame.x + (frame.width - scale * (maxX - minX)) / 2;
  const offsetY = frame.y + (frame.height - scale * (maxY - minY)) / 2;
  return (position) => {
    const [x, y] = mercator(position);
    return [offsetX + (x - minX) * scale, offsetY + (maxY - y) * scale];
  };
}
