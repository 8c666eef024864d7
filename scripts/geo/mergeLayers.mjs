// Turns the simplified topology into the polygon layers. Every layer is merged from the
// same arcs, so regions, country outline, neighbours and the Caspian share their borders
// vertex for vertex.

import { booleanPointInPolygon, bboxPolygon, featureCollection, intersect } from '@turf/turf';
import { merge } from 'topojson-client';
import { countryTable } from './countryTable.mjs';
import { ringArea } from './ringArea.mjs';
import { shymkentUnitKey } from './carveShymkentDisc.mjs';

/**
 * @returns {{regions: Map<string, Geometry>, country: Geometry, neighbours: Map<string, Geometry>, caspian: Geometry}}
 *   raw (untidied) geometries; neighbours keyed by adm0_a3, already clipped to the frame
 */
export function mergeLayers(topo, regionRows, frame) {
  const geometries = topo.objects.units.geometries;
  const kazakh = geometries.filter((g) => g.properties.kazakh);
  return {
    regions: mergeRegions(topo, kazakh, regionRows),
    country: merge(topo, kazakh),
    neighbours: mergeNeighbours(topo, geometries.filter((g) => !g.properties.kazakh), frame),
    caspian: extractCaspian(merge(topo, geometries)),
  };
}

function mergeRegions(topo, kazakh, regionRows) {
  const idByHasc = new Map(regionRows.map((row) => [row.ne_code_hasc, row.id]));
  const members = new Map(regionRows.map((row) => [row.id, []]));
  for (const geometry of kazakh) {
    const id = regionOfUnit(geometry, idByHasc);
    if (!members.has(id)) throw new Error(`Kazakh NE unit ${geometry.id} (${geometry.properties.hasc}) maps to no region`);
    members.get(id).push(geometry);
  }
  const regions = new Map();
  for (const [id, units] of members) {
    if (units.length === 0) throw new Error(`Region ${id} has no Natural Earth unit`);
    regions.set(id, merge(topo, units));
  }
  return regions;
}

function regionOfUnit(geometry, idByHasc) {
  if (geometry.id === shymkentUnitKey) return 'KZ-SHY';
  if (geometry.properties.adm0 === 'KAB') return 'KZ-KZY'; // the Baikonur lease unit
  return idByHasc.get(geometry.properties.hasc);
}

// Clipping parts with bboxClip leaves zero-width corridors along the frame edge where a
// concave unit left and re-entered the frame; intersecting the merged country with the
// frame rectangle removes them.
function mergeNeighbours(topo, foreign, frame) {
  const frameBox = bboxPolygon(frame);
  const neighbours = new Map();
  const codes = [...new Set(foreign.map((g) => g.properties.adm0))].sort();
  for (const code of codes) {
    if (!countryTable[code]) throw new Error(`No countryTable entry for ${code}`);
    const merged = merge(topo, foreign.filter((g) => g.properties.adm0 === code));
    const clipped = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: merged }, frameBox]));
    if (clipped) neighbours.set(code, clipped.geometry);
  }
  return neighbours;
}

/**
 * Natural Earth treats the Caspian as sea, so it is the largest hole in the union of all
 * land in the frame. Land polygons inside that hole (the Caspian islands) become holes of
 * the sea, so the water layer does not paint over them.
 */
function extractCaspian(land) {
  let shore = null;
  for (const polygon of land.coordinates) {
    for (const ring of polygon.slice(1)) {
      if (!shore || Math.abs(ringArea(ring)) > Math.abs(ringArea(shore))) shore = ring;
    }
  }
  if (!shore) throw new Error('The land in the frame has no hole: the Caspian Sea is missing');
  const sea = { type: 'Polygon', coordinates: [shore] };
  const islands = land.coordinates.map((polygon) => polygon[0]).filter((ring) => booleanPointInPolygon(ring[0], sea));
  return { type: 'Polygon', coordinates: [shore, ...islands] };
}
