import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../../src/data/parseRegions';
import { makeRegionCollection } from './regionFixture';

describe('parseRegions(json)', () => {
  it('returns the 17 features of a valid collection', () => {
    expect(parseRegions(makeRegionCollection()).features).toHaveLength(17);
  });

  it('throws naming the file when the input is not a FeatureCollection', () => {
    expect(() => parseRegions({ type: 'Feature' })).toThrow('regions.geojson: not a GeoJSON FeatureCollection');
    expect(() => parseRegions(null)).toThrow('not a GeoJSON FeatureCollection');
  });

  it('throws naming the feature and field when a name is missing', () => {
    const json = makeRegionCollection();
    delete (json.features[9]!.properties as Partial<typeof json.features[9]['properties']>).name_kk;
    expect(() => parseRegions(json)).toThrow('regions.geojson: feature KZ-MAN: property name_kk must be a non-empty string');
  });

  it('throws on a duplicate id', () => {
    const json = makeRegionCollection();
    json.features[1]!.id = 'KZ-AKM';
    json.features[1]!.properties.iso_2022 = 'KZ-AKM';
    expect(() => parseRegions(json)).toThrow('feature KZ-AKM: duplicate id');
  });

  it('throws on a unit that did not exist in January 2022 (Abai, KZ-10)', () => {
    const json = makeRegionCollection();
    json.features[0]!.id = 'KZ-10' as never;
    expect(() => parseRegions(json)).toThrow('feature KZ-10: id is not a January 2022 ISO 3166-2 code');
  });

  it('throws listing the missing ids when a unit is absent', () => {
    const json = makeRegionCollection();
    json.features = json.features.filter((feature) => feature.id !== 'KZ-SHY');
    expect(() => parseRegions(json)).toThrow('missing regions KZ-SHY');
  });

  it('throws on a point geometry', () => {
    const json = makeRegionCollection();
    (json.features[2] as { geometry: unknown }).geometry = { type: 'Point', coordinates: [0, 0] };
    expect(() => parseRegions(json)).toThrow('feature KZ-ALM: geometry must be Polygon or MultiPolygon');
  });

  it('throws on a clock other than UTC+5 or UTC+6', () => {
    const json = makeRegionCollection();
    json.features[3]!.properties.utc_offset = '+04:00';
    expect(() => parseRegions(json)).toThrow('regions.geojson: feature KZ-ATY: property utc_offset must be one of "+05:00", "+06:00" (got "+04:00")');
  });

  it('throws on any field of regionSchema.ts, not only the names: a territory flag that is not a boolean', () => {
    const json = makeRegionCollection();
    (json.features[2]!.properties as Record<string, unknown>).territory_changed_since_2022 = 'yes';
    expect(() => parseRegions(json)).toThrow(
      'regions.geojson: feature KZ-ALM: property territory_changed_since_2022 must be true or false (got "yes")',
    );
  });

  it('throws on a schematic outline without its official area and note', () => {
    const json = makeRegionCollection();
    json.features[16]!.properties.geometry_quality = 'schematic';
    expect(() => parseRegions(json)).toThrow('feature KZ-SHY: property geometry_quality is "schematic" without area_km2_official and note');
  });
});

describe('parseRegions(json) output', () => {
  it('keeps every feature a GeoJSON Feature that Leaflet and Turf can read', () => {
    const [first] = parseRegions(makeRegionCollection()).features;
    expect(first).toMatchObject({ type: 'Feature', id: 'KZ-AKM', geometry: { type: 'Polygon' } });
  });
});
