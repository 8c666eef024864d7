// Final clean-up of every output polygon: round coordinates, then remove what rounding and
// simplification can leave behind. Identical input vertices round identically, so borders
// shared before tidying are still shared after it.

import { ringArea } from './ringArea.mjs';

/**
 * Rounds to `decimals`, drops repeated points, A-B-A spikes and collapsed rings, and winds
 * rings per RFC 7946 (exterior counter-clockwise, holes clockwise).
 * @returns {GeoJSON.Polygon | GeoJSON.MultiPolygon | null} null when nothing is left
 */
export function tidyGeometry(geometry, decimals) {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const polygons = [];
  for (const rings of parts) {
    const tidied = rings.map((ring) => tidyRing(ring, decimals));
    if (tidied[0] === null) continue; // a collapsed exterior takes its holes with it
    polygons.push([wind(tidied[0], true), ...tidied.slice(1).filter(Boolean).map((ring) => wind(ring, false))]);
  }
  if (polygons.length === 0) return null;
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

export function roundPosition([x, y], decimals) {
  const k = 10 ** decimals;
  // `+ 0` turns -0 into 0 so the output never prints "-0".
  return [Math.round(x * k) / k + 0, Math.round(y * k) / k + 0];
}

function tidyRing(ring, decimals) {
  // Work on the open ring (no closing point) so spikes across the seam are found too.
  let points = ring.slice(0, -1).map((p) => roundPosition(p, decimals));
  let changed = true;
  while (changed && points.length >= 3) {
    const before = points.length;
    points = points.filter((p, i) => !samePoint(p, points[(i + 1) % points.length]));
    points = removeSpikes(points);
    changed = points.length !== before;
  }
  if (points.length < 3) return null;
  const closed = [...points, points[0]];
  return ringArea(closed) === 0 ? null : closed;
}

// A spike is A-B-A: B sticks out on a zero-width edge. Removing B leaves A-A, which the
// next pass of the loop folds into one A.
function removeSpikes(points) {
  const n = points.length;
  return points.filter((_, i) => !samePoint(points[(i + n - 1) % n], points[(i + 1) % n]));
}

function wind(ring, counterClockwise) {
  return ringArea(ring) > 0 === counterClockwise ? ring : [...ring].reverse();
}

function samePoint(a, b) {
  return a[0] === b[0] && a[1] === b[1];
}
