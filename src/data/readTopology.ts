import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { DataError } from './dataError';
import { isObject } from './readFeatures';

/**
 * Checks the outer shape of a TopoJSON topology and turns the named objects back into GeoJSON
 * FeatureCollections, for the same parsers geo/'s files go through. Throws a DataError naming the
 * file and object: a truncated or hand-edited topology must not draw half a map.
 */
export function readTopology<Name extends string>(
  json: unknown,
  file: string,
  names: readonly Name[],
): Record<Name, FeatureCollection> {
  if (!isObject(json) || json.type !== 'Topology' || !isObject(json.objects) || !Array.isArray(json.arcs)) {
    throw new DataError(file, 'not a TopoJSON Topology');
  }
  if (!json.arcs.every(isArc)) throw new DataError(file, 'arcs must be lists of [x, y] number pairs');
  if (json.transform !== undefined && !isTransform(json.transform)) {
    throw new DataError(file, 'transform must have a numeric scale and translate');
  }
  const topology = json as unknown as Topology;
  const collections = {} as Record<Name, FeatureCollection>;
  for (const name of names) {
    const object = json.objects[name];
    if (!isObject(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      throw new DataError(file, `object ${name} missing or not a GeometryCollection`);
    }
    try {
      collections[name] = feature(topology, object as unknown as GeometryCollection);
    } catch {
      throw new DataError(file, `object ${name} refers to arcs that are not in the file`);
    }
  }
  return collections;
}

function isArc(arc: unknown): boolean {
  return Array.isArray(arc) && arc.every((point) => Array.isArray(point) && point.length >= 2 && point.every(Number.isFinite));
}

function isTransform(value: unknown): boolean {
  const pair = (v: unknown) => Array.isArray(v) && v.length === 2 && v.every(Number.isFinite);
  return isObject(value) && pair(value.scale) && pair(value.translate);
}
