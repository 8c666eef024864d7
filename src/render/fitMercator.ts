import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export type Project = (position: Position) => [number, number];

export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Web Mercator (as the map uses), scaled and centred so `features` fill `frame` with a margin. */
export function fitMercator(features: readonly Feature<Polygon | MultiPolygon>[], frame: Frame, margin = 28): Project {
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
