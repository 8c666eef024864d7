// Simplifies all units together as one topology, so a border shared by two units is one
// arc, simplified once, and the two sides can never drift apart into gaps or overlaps.
//
// Visvalingam weights are spherical triangle areas (steradians), adjusted per arc:
// - arcs of the city units (Almaty, Nur-Sultan, the Shymkent disc) are never simplified:
//   they are small and already schematic;
// - arcs that touch no Kazakh unit (the rest of Asia) are simplified `otherArcDivisor`
//   times harder: they are context only;
// - a closed arc of a Kazakh unit (an island ring) keeps its `islandMinVertices` heaviest
//   interior points, so the Caspian islands shrink but do not vanish.

import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

/**
 * @param units from selectFrameUnits / carveShymkentDisc
 * @returns a topology (absolute coordinates) whose object `units` has one geometry per
 *   unit, `id` = unit key and properties {adm0, kazakh}
 */
export function simplifyUnits(units, { quantization, minWeight, otherArcDivisor, islandMinVertices, cityKeys }) {
  const features = units.map((unit) => ({
    type: 'Feature',
    id: unit.key,
    properties: { adm0: unit.adm0, hasc: unit.hasc, kazakh: unit.kazakh },
    geometry: unit.geometry,
  }));
  const topo = presimplify(topology({ units: { type: 'FeatureCollection', features } }, quantization), sphericalTriangleArea);
  const { kazakhArcs, cityArcs } = classifyArcs(topo.objects.units.geometries, cityKeys);
  topo.arcs.forEach((arc, index) => {
    if (cityArcs.has(index)) for (const point of arc) point[2] = Infinity;
    else if (!kazakhArcs.has(index)) for (const point of arc) point[2] /= otherArcDivisor;
    else if (isClosed(arc)) keepHeaviest(arc, islandMinVertices);
  });
  return simplify(topo, minWeight);
}

function classifyArcs(geometries, cityKeys) {
  const kazakhArcs = new Set();
  const cityArcs = new Set();
  for (const geometry of geometries) {
    if (!geometry.properties.kazakh) continue;
    for (const index of arcIndexes(geometry.arcs)) {
      kazakhArcs.add(index);
      if (cityKeys.has(geometry.id)) cityArcs.add(index);
    }
  }
  return { kazakhArcs, cityArcs };
}

/** Flattens a geometry's nested arc references; ~i means arc i reversed. */
function arcIndexes(arcs) {
  return arcs.flat(Infinity).map((reference) => (reference < 0 ? ~reference : reference));
}

function isClosed(arc) {
  const first = arc[0];
  const last = arc[arc.length - 1];
  return first[0] === last[0] && first[1] === last[1];
}

function keepHeaviest(arc, count) {
  const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  for (const point of interior.slice(0, count)) point[2] = Infinity;
}
