// Shymkent has no polygon in any openly licensed source: Natural Earth still draws its
// territory inside Turkistan Region. The build therefore shows it as a schematic disc of
// the city's official area, centred on the city, and cuts the same ring out of Turkistan
// as a hole, so the 17 regions still tile the country exactly. The nearest point of
// Turkistan's boundary is about 68 km away, so a 19 km disc never touches it.

import { area, booleanPointInPolygon, circle } from '@turf/turf';
import { ringArea } from './ringArea.mjs';

export const shymkentUnitKey = 'KZ-SHY';

/**
 * Adds the disc as a unit of its own and punches it out of the unit `turkistanHasc`.
 * @returns the units, with Turkistan's polygon given a hole and the disc appended.
 */
export function carveShymkentDisc(units, { centre, areaKm2, steps }, turkistanHasc = 'KZ.SK') {
  const turkistan = units.find((unit) => unit.hasc === turkistanHasc);
  if (!turkistan || turkistan.geometry.type !== 'Polygon') {
    throw new Error(`Expected ${turkistanHasc} to be one Polygon in Natural Earth; the Shymkent carve needs revisiting`);
  }
  const disc = equalAreaDisc(centre, areaKm2, steps);
  const outside = disc.filter((point) => !booleanPointInPolygon(point, turkistan.geometry));
  if (outside.length > 0) throw new Error(`Shymkent disc leaves ${turkistanHasc} at ${outside[0]}`);
  const hole = [...disc].reverse();
  const carved = { ...turkistan, geometry: { type: 'Polygon', coordinates: [...turkistan.geometry.coordinates, hole] } };
  const shymkent = { key: shymkentUnitKey, adm0: 'KAZ', hasc: null, kazakh: true, geometry: { type: 'Polygon', coordinates: [disc] } };
  return [...units.map((unit) => (unit === turkistan ? carved : unit)), shymkent];
}

/**
 * A counter-clockwise ring of `steps` geodesic points whose enclosed (polygon, not circle)
 * area is `areaKm2`: the radius is refined until turf's area of the ring matches.
 */
export function equalAreaDisc(centre, areaKm2, steps) {
  let radiusKm = Math.sqrt(areaKm2 / Math.PI);
  let ring = [];
  for (let i = 0; i < 4; i++) {
    ring = circle(centre, radiusKm, { steps, units: 'kilometers' }).geometry.coordinates[0];
    radiusKm *= Math.sqrt(areaKm2 / (area({ type: 'Polygon', coordinates: [ring] }) / 1e6));
  }
  return ringArea(ring) > 0 ? ring : [...ring].reverse();
}
