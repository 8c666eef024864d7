// What the browser downloads, derived at build time from geo/ (which stays the source of truth,
// CONTRACT.md "Data files"). Pure functions over parsed JSON, so tests and the e2e suite can derive
// the same bytes from doctored inputs.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

export interface BaseLayers {
  regions: FeatureCollection;
  country: FeatureCollection;
  neighbours: FeatureCollection;
  water: FeatureCollection;
  cities: FeatureCollection;
}

export const baseObjectNames = ['regions', 'country', 'neighbours', 'water', 'cities'] as const satisfies readonly (keyof BaseLayers)[];

export const deriveDefaults = {
  /** Grid cells across the frame: about 50 m east-west, far below a pixel at the map's zooms. */
  quantization: 1e5,
  /**
   * Spherical triangle area (steradians) under which a vertex of the context (neighbours, Caspian)
   * is dropped. Kazakh arcs keep every vertex geo/ has: they are already simplified there.
   */
  contextMinWeight: 1e-5,
};

/**
 * One TopoJSON topology for the first view: Kazakh regions and outline exactly as in geo/ (up to
 * quantization), context countries and the Caspian coarser, city points. Shared borders are stored
 * once, which is most of the saving.
 */
export function deriveBaseTopology(layers: BaseLayers, options = deriveDefaults): Topology {
  // Unquantized first (geo/ already shares exact vertices along borders), so simplification sees
  // true shapes and points keep their coordinates; quantized once at the end.
  const fine = presimplify(topology({ ...layers }) as unknown as Topology<Objects<object>>, sphericalTriangleArea);
  const kazakhArcs = arcsOf(fine, ['regions', 'country']);
  fine.arcs.forEach((arc, index) => {
    if (kazakhArcs.has(index)) for (const point of arc) point[2] = Infinity;
  });
  const simplified = simplify(fine, options.contextMinWeight);
  for (const arc of simplified.arcs) for (const point of arc) point.length = 2;
  return quantize(simplified, options.quantization);
}

function arcsOf(topo: Topology, names: readonly string[]): Set<number> {
  const found = new Set<number>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'number') found.add(value < 0 ? ~value : value);
  };
  for (const name of names) {
    const object = topo.objects[name] as GeometryCollection | undefined;
    for (const geometry of object?.geometries ?? []) if ('arcs' in geometry) walk(geometry.arcs);
  }
  return found;
}

export interface SplitEvents {
  /** events.geojson without descriptions and sources: what the map and the slider need. */
  core: FeatureCollection;
  /** id → { description, sources }, in the order of events.geojson. */
  details: Record<string, Record<string, unknown>>;
}

/** Splits events.geojson into the first-view core and the details fetched when the page is idle. */
export function splitEvents(events: FeatureCollection): SplitEvents {
  const details: SplitEvents['details'] = {};
  const features = events.features.map((feature): Feature => {
    const { description, sources, ...properties } = feature.properties ?? {};
    details[String(feature.id ?? properties.id)] = { description, sources };
    return { ...feature, geometry: feature.geometry as Geometry, properties };
  });
  return { core: { ...events, features }, details };
}
