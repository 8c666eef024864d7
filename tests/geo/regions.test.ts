import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';
import {
  checkCoverage,
  checkKinks,
  checkOverlaps,
  checkPrecision,
  checkRegionIds,
  checkRegionProperties,
  checkWinding,
} from './checkGeography';
import { readGeoFile } from './readGeoJson';

const regions = readGeoFile('regions.geojson');
const country = readGeoFile('country.geojson');

function region(id: string): Feature<Geometry | null> {
  const found = regions.features.find((f) => f.id === id);
  if (!found) throw new Error(`regions.geojson has no ${id}`);
  return found;
}

function idsWhere(predicate: (properties: Record<string, unknown>) => boolean): string[] {
  return regions.features.filter((f) => predicate(f.properties ?? {})).map((f) => String(f.id)).sort();
}

describe('geo/regions.geojson', () => {
  it('checkRegionIds(regions) finds exactly the 17 units of January 2022, each once', () => {
    expect(checkRegionIds(regions)).toEqual([]);
    expect(regions.features).toHaveLength(17);
  });

  it('checkRegionProperties(regions) finds every RegionProperties field with its type', () => {
    expect(checkRegionProperties(regions)).toEqual([]);
  });

  it('checkKinks(regions) finds no self-intersecting ring', () => {
    expect(checkKinks(regions, 'regions.geojson')).toEqual([]);
  });

  it('checkOverlaps(regions) finds no two regions sharing more than 0.5 km²', () => {
    expect(checkOverlaps(regions, 'regions.geojson', 0.5)).toEqual([]);
  });

  it('checkCoverage(regions, country) finds the union of regions within 0.5 km² of the country', () => {
    expect(checkCoverage(regions, country, 0.5)).toEqual([]);
  });

  it('checkWinding(regions) finds RFC 7946 winding on every ring', () => {
    expect(checkWinding(regions, 'regions.geojson')).toEqual([]);
  });

  it('checkPrecision(regions) finds no coordinate with more than 4 decimals', () => {
    expect(checkPrecision(regions, 'regions.geojson', 4)).toEqual([]);
  });

  it('names the capital as in January 2022 (Nur-Sultan) and today (Astana)', () => {
    expect(region('KZ-AST').properties).toMatchObject({
      name_en: 'Nur-Sultan',
      name_kk: 'Нұр-Сұлтан',
      name_ru: 'Нур-Султан',
      name_en_current: 'Astana',
      name_kk_current: 'Астана',
      name_ru_current: 'Астана',
      type: 'city',
    });
  });

  it('puts the five western regions on UTC+5 and the other twelve units on UTC+6', () => {
    expect(idsWhere((p) => p.utc_offset === '+05:00')).toEqual(['KZ-AKT', 'KZ-ATY', 'KZ-KZY', 'KZ-MAN', 'KZ-ZAP']);
  });

  it('marks exactly the three regions split in June 2022 as changed, each note naming the new region', () => {
    expect(idsWhere((p) => p.territory_changed_since_2022 === true)).toEqual(['KZ-ALM', 'KZ-KAR', 'KZ-VOS']);
    expect(region('KZ-ALM').properties?.note).toMatch(/Jetisu/);
    expect(region('KZ-KAR').properties?.note).toMatch(/Ulytau/);
    expect(region('KZ-VOS').properties?.note).toMatch(/Abai/);
  });

  it('gives Almaty Region its January 2022 centre Taldykorgan and its current centre Konaev', () => {
    expect(region('KZ-ALM').properties).toMatchObject({ admin_centre_2022: 'Taldykorgan', admin_centre_current: 'Konaev' });
  });

  it('types the three cities of republican significance as cities without an admin centre', () => {
    expect(idsWhere((p) => p.type === 'city')).toEqual(['KZ-ALA', 'KZ-AST', 'KZ-SHY']);
    expect(idsWhere((p) => p.type === 'city' && p.admin_centre_2022 !== null)).toEqual([]);
  });

  it('draws Shymkent as the only schematic unit: a disc of 1,170 km² (±1%) with a note', () => {
    expect(idsWhere((p) => p.geometry_quality === 'schematic')).toEqual(['KZ-SHY']);
    const shymkent = region('KZ-SHY');
    expect(shymkent.properties).toMatchObject({ area_km2_official: 1170 });
    expect(shymkent.properties?.note).toMatch(/not a surveyed boundary/);
    expect(area(shymkent) / 1e6).toBeGreaterThan(1170 * 0.99);
    expect(area(shymkent) / 1e6).toBeLessThan(1170 * 1.01);
  });

  it('leaves a hole in Turkistan Region where the Shymkent disc sits', () => {
    const turkistan = region('KZ-YUZ').geometry;
    expect(turkistan?.type).toBe('Polygon');
    expect(turkistan?.type === 'Polygon' ? turkistan.coordinates.length : 0).toBe(2);
    expect(region('KZ-YUZ').properties?.note).toMatch(/Shymkent/);
  });
});
