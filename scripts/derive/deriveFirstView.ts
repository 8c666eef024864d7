// What the browser downloads, derived at build time from geo/ (which stays the source of truth,
// CONTRACT.md "Data files"). Pure functions over parsed JSON, so tests and the e2e suite can derive
// the same bytes from doctored inputs.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

import { baseObjectNames, type BaseObjectName } from '../../src/data/baseObjectNames.ts';

/** The geo/ layers that go into the base topology, one per object name. */
export type BaseLayers = Record<BaseObjectName, FeatureCollection>;

export { baseObjectNames };

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

/** Languages besides English whose texts travel in their own file. */
export const translatedLanguages = ['ru', 'kk'] as const;
type Translated = (typeof translatedLanguages)[number];

export interface SplitEvents {
  /** events.geojson without texts and sources: what the map, the slider and the list need. */
  core: FeatureCollection;
  /** id → { description: { en }, sources }, in the order of events.geojson: fetched when idle. */
  details: Record<string, Record<string, unknown>>;
  /** Per language, id → { description, locality, time_note } where translated: fetched by its readers. */
  texts: Record<Translated, Record<string, Record<string, string>>>;
}

/** Splits events.geojson into the first-view core, the English details, and one text file per language. */
export function splitEvents(events: FeatureCollection): SplitEvents {
  const details: SplitEvents['details'] = {};
  const texts: SplitEvents['texts'] = { ru: {}, kk: {} };
  const features = events.features.map((feature): Feature => {
    const { description, sources, ...rest } = feature.properties ?? {};
    const id = String(feature.id ?? rest.id);
    const { en, ...translations } = (description ?? {}) as Record<string, string>;
    details[id] = { description: { en }, sources };
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) if (!/_(ru|kk)$/.test(key)) properties[key] = value;
    for (const lang of translatedLanguages) {
      const text = Object.fromEntries(
        Object.entries({ description: translations[lang], locality: rest[`locality_${lang}`], time_note: rest[`time_note_${lang}`] }).filter(
          ([, value]) => typeof value === 'string',
        ),
      ) as Record<string, string>;
      if (Object.keys(text).length > 0) texts[lang][id] = text;
    }
    return { ...feature, geometry: feature.geometry as Geometry, properties };
  });
  return { core: { ...events, features }, details, texts };
}
