import { describe, expect, it } from 'vitest';
import { waterFields } from '../../src/data/baseLayerSchema';
import {
  checkCaspian,
  checkGzipBudget,
  checkIds,
  checkKinks,
  checkNamedWater,
  checkNeighbours,
  checkOverlaps,
  checkPrecision,
  checkWinding,
  type Collection,
} from './checkGeography';
import { readGeoFile, readGeoText } from './readGeoJson';

const polygonFiles = ['regions.geojson', 'country.geojson', 'neighbours.geojson', 'water.geojson', 'lakes.geojson'];
const baseFiles = [...polygonFiles, 'cities.geojson'];

const country = readGeoFile('country.geojson');
const neighbours = readGeoFile('neighbours.geojson');
const water = readGeoFile('water.geojson');
const lakes = readGeoFile('lakes.geojson');

describe('geo/ base map', () => {
  it.each(polygonFiles)('checkWinding(%s) finds RFC 7946 winding on every polygon', (file) => {
    expect(checkWinding(readGeoFile(file), file)).toEqual([]);
  });

  it.each(baseFiles)('checkPrecision(%s) finds no coordinate with more than 4 decimals', (file) => {
    expect(checkPrecision(readGeoFile(file), file, 4)).toEqual([]);
  });

  it('checkGzipBudget(base files) finds all base geometry within 150 KB gzipped', () => {
    const texts = Object.fromEntries(baseFiles.map((file) => [file, readGeoText(file)]));
    expect(checkGzipBudget(texts, 150_000)).toEqual([]);
  });

  it('country.geojson is one Kazakhstan feature (mainland plus the Caspian islands) without kinks', () => {
    expect(checkIds(country, 'country.geojson')).toEqual([]);
    expect(country.features.map((f) => f.id)).toEqual(['KAZ']);
    const geometry = country.features[0]?.geometry;
    expect(geometry?.type).toBe('MultiPolygon');
    expect(geometry?.type === 'MultiPolygon' ? geometry.coordinates.length : 0).toBeGreaterThan(1);
    expect(checkKinks(country, 'country.geojson')).toEqual([]);
  });

  it('checkNeighbours(neighbours) finds iso_a3, name_en, role and every coordinate inside the frame (so no Crimea, no antimeridian sliver)', () => {
    expect(checkNeighbours(neighbours)).toEqual([]);
  });

  it('calls exactly the five bordering countries "neighbour"', () => {
    const bordering = neighbours.features.filter((f) => f.properties?.role === 'neighbour').map((f) => f.id);
    expect(bordering.sort()).toEqual(['CHN', 'KGZ', 'RUS', 'TKM', 'UZB']);
  });

  it('checkOverlaps(country + neighbours + water) finds no land or sea overlapping another by more than 0.5 km²', () => {
    const all: Collection = { type: 'FeatureCollection', features: [...country.features, ...neighbours.features, ...water.features] };
    expect(checkOverlaps(all, 'country + neighbours + water', 0.5)).toEqual([]);
  });

  it('checkNamedWater(water) and checkCaspian(water) find a named Caspian Sea of plausible area', () => {
    expect(checkNamedWater(water, 'water.geojson', { ...waterFields, kind: { type: 'enum', values: ['sea'] } })).toEqual([]);
    expect(checkCaspian(water, 'water.geojson', [350_000, 420_000])).toEqual([]);
  });

  it('checkNamedWater(lakes) finds the seven lakes named in en, kk and ru', () => {
    expect(checkNamedWater(lakes, 'lakes.geojson')).toEqual([]);
    expect(lakes.features.map((f) => f.properties?.name_en).sort()).toEqual([
      'Aral Sea', 'Kapchagay Reservoir', 'Lake Alakol', 'Lake Balkhash', 'Lake Issyk-Kul', 'Lake Tengiz', 'Lake Zaysan',
    ]);
  });
});
