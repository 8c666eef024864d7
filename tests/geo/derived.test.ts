import { area, booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { deriveBaseTopology } from '../../scripts/derive/deriveFirstView';
import { eventTextLanguages } from '../../src/data/eventSchema';
import { deriveServedFiles, readGeoLayer } from '../derivedFiles';

// The browser reads files derived from geo/ (scripts/derive). geo/ stays the source of truth:
// these tests hold the derivation to it.
const served = deriveServedFiles();
const topology = served['base.topo.json'];
const layer = (name: string) => feature(topology, topology.objects[name] as GeometryCollection);
const vertices = (geometry: unknown): number => (Array.isArray(geometry) ? (typeof geometry[0] === 'number' ? 1 : geometry.reduce((n: number, g) => n + vertices(g), 0)) : 0);

describe('base.topo.json (derived)', () => {
  it('keeps every region with its id and every property, and its area within 0.2%', () => {
    const source = readGeoLayer('regions').features as Feature<Polygon | MultiPolygon>[];
    const derived = new Map(layer('regions').features.map((f) => [f.id, f as Feature<Polygon | MultiPolygon>]));
    expect(derived.size).toBe(17);
    for (const region of source) {
      const copy = derived.get(region.id);
      expect(copy?.properties, String(region.id)).toEqual(region.properties);
      expect(Math.abs(area(copy!) / area(region) - 1), String(region.id)).toBeLessThan(0.002);
    }
  });

  it('keeps the country outline and every city inside its own region', () => {
    const country = layer('country').features[0] as Feature<Polygon | MultiPolygon>;
    const sourceCountry = readGeoLayer('country').features[0] as Feature<Polygon | MultiPolygon>;
    expect(Math.abs(area(country) / area(sourceCountry) - 1)).toBeLessThan(0.001);
    const regions = new Map(layer('regions').features.map((f) => [f.id, f as Feature<Polygon | MultiPolygon>]));
    const cities = layer('cities').features as Feature<Point>[];
    expect(cities).toHaveLength(readGeoLayer('cities').features.length);
    for (const city of cities) {
      expect(booleanPointInPolygon(city, regions.get(city.properties?.region)!), String(city.id)).toBe(true);
    }
  });

  it('draws the context (neighbours, Caspian) coarser than geo/ and the Kazakh regions with every vertex', () => {
    expect(vertices(layer('neighbours').features.map((f) => (f.geometry as Polygon).coordinates))).toBeLessThan(
      vertices(readGeoLayer('neighbours').features.map((f) => (f.geometry as Polygon).coordinates)),
    );
    const regionVertices = (features: Feature[]) => vertices(features.map((f) => (f.geometry as Polygon).coordinates));
    expect(regionVertices(layer('regions').features)).toBe(regionVertices(readGeoLayer('regions').features));
  });

  it('is the same bytes every time (builds are reproducible)', () => {
    const again = deriveBaseTopology({
      regions: readGeoLayer('regions'),
      country: readGeoLayer('country'),
      neighbours: readGeoLayer('neighbours'),
      water: readGeoLayer('water'),
      cities: readGeoLayer('cities'),
    }) as Topology;
    expect(JSON.stringify(again)).toBe(JSON.stringify(topology));
  });
});

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]));
  return value;
}

describe('events.core.json + events.details.json + events.text.*.json (derived)', () => {
  it('add up to events.geojson exactly (with the Russian and Kazakh texts), and the core has no text or sources', () => {
    const source = readGeoLayer('events');
    const { 'events.core.json': core, 'events.details.json': details } = served;
    const rejoined = core.features.map((f) => {
      const id = String(f.id);
      const detail = details[id] as { description: Record<string, string> };
      const properties: Record<string, unknown> = { ...f.properties, ...detail, description: { ...detail.description } };
      for (const lang of eventTextLanguages) {
        const text = served[`events.text.${lang}.json`][id] ?? {};
        if (text.description) (properties.description as Record<string, string>)[lang] = text.description;
        if (text.locality) properties[`locality_${lang}`] = text.locality;
        if (text.time_note) properties[`time_note_${lang}`] = text.time_note;
      }
      return { ...f, properties };
    });
    // Key order differs after the round trip; compare by value.
    expect(rejoined.map((f) => sortKeys(f))).toEqual(source.features.map((f) => sortKeys(f)));
    for (const f of core.features) expect(Object.keys(f.properties ?? {})).not.toEqual(expect.arrayContaining(['description']));
    expect(core.features.some((f) => 'sources' in (f.properties ?? {}))).toBe(false);
  });
});
