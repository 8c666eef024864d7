import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { area } from '@turf/turf';

/** Small helpers shared by the geo checks: feature labels, polygon filtering, ring maths. */

export type Collection = FeatureCollection<Geometry | null>;
export type PolygonFeature = Feature<Polygon | MultiPolygon>;

export function polygonFeatures(collection: Collection): [PolygonFeature, string][] {
  return collection.features.flatMap((f, i) => (isPolygonal(f) ? [[f, label(f, i)] as [PolygonFeature, string]] : []));
}

export function isPolygonal(f: Feature<Geometry | null>): f is PolygonFeature {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

export function positionsOf(geometry: Geometry | null): Position[] {
  if (!geometry || geometry.type === 'GeometryCollection') return [];
  const positions: Position[] = [];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') positions.push(value as Position);
    else value.forEach(visit);
  };
  visit(geometry.coordinates);
  return positions;
}

export function label(f: Feature<Geometry | null>, index: number): string {
  return f.id === undefined ? `#${index} (no id)` : String(f.id);
}

export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

export function boxesMeet(a: number[], b: number[]): boolean {
  const [aw = 0, as = 0, ae = 0, an = 0] = a;
  const [bw = 0, bs = 0, be = 0, bn = 0] = b;
  return aw <= be && bw <= ae && as <= bn && bs <= an;
}

export function areaKm2(f: Feature | null): number {
  return f ? area(f) / 1e6 : 0;
}

export function formatPosition(position: Position): string {
  return `[${position.join(', ')}]`;
}
