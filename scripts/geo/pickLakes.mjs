// Collects the named lakes from the OSM 5 km water layer (one MultiPolygon of every lake on
// Earth, no names). A lake is the set of polygons above the size threshold whose bounding
// box lies inside that lake's search box, so the Aral Sea keeps its 2017 basins and the
// two parts of Balkhash stay together.

import { area } from '@turf/turf';

/**
 * @param {GeoJSON.GeometryCollection} water the contents of @geo-maps/earth-lakes-5km
 * @returns {{row: object, geometry: GeoJSON.MultiPolygon}[]} in table order
 */
export function pickLakes(water, lakeRows, minAreaKm2) {
  const polygons = water.geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates));
  return lakeRows.map((row) => {
    const parts = polygons.filter(
      (rings) => insideBox(rings[0], row.box) && area({ type: 'Polygon', coordinates: rings }) / 1e6 >= minAreaKm2,
    );
    if (parts.length === 0) throw new Error(`No lake polygon found for ${row.name_en} in ${row.box}`);
    return { row, geometry: { type: 'MultiPolygon', coordinates: parts } };
  });
}

function insideBox(ring, [west, south, east, north]) {
  return ring.every(([x, y]) => x >= west && x <= east && y >= south && y <= north);
}
