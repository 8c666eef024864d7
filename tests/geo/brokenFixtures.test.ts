import { describe, expect, it } from 'vitest';
import {
  checkCaspian,
  checkCities,
  checkCoverage,
  checkGzipBudget,
  checkIds,
  checkKinks,
  checkNeighbours,
  checkOverlaps,
  checkRegionIds,
  checkRegionProperties,
  checkRegions,
  checkWinding,
} from './checkGeography';
import { readFixture } from './readGeoJson';

// Each broken fixture differs from regions-valid / cities-valid by one defect, so a check
// that reports it is reacting to that defect and nothing else.
const validRegions = readFixture('regions-valid.geojson');

describe('checks on valid fixtures', () => {
  it('checkRegionProperties, checkKinks, checkOverlaps, checkWinding report nothing for valid regions', () => {
    expect(checkRegionProperties(validRegions)).toEqual([]);
    expect(checkKinks(validRegions, 'f')).toEqual([]);
    expect(checkOverlaps(validRegions, 'f')).toEqual([]);
    expect(checkWinding(validRegions, 'f')).toEqual([]);
    expect(checkIds(validRegions, 'f')).toEqual([]);
  });

  it('checkCoverage(regions, country) reports nothing when the regions tile the country', () => {
    expect(checkCoverage(validRegions, readFixture('country-valid.geojson'))).toEqual([]);
  });

  it('checkCities(cities, regions) reports nothing for valid cities', () => {
    expect(checkCities(readFixture('cities-valid.geojson'), validRegions)).toEqual([]);
  });
});

describe('checks on broken fixtures', () => {
  it('checkRegions(collection) reports a missing name_kk with the feature id', () => {
    const problems = checkRegions(readFixture('regions-missing-name-kk.geojson'), 'regions.geojson');
    expect(problems).toContain('regions.geojson: feature KZ-MAN: property name_kk must be a non-empty string (missing)');
  });

  it('checkRegionProperties(collection) reports a wrong utc_offset and a non-boolean flag with the feature id', () => {
    const problems = checkRegionProperties(readFixture('regions-wrong-types.geojson'));
    expect(problems).toContain('regions.geojson: feature KZ-MAN: property utc_offset must be one of "+05:00", "+06:00" (got "+07:00")');
    expect(problems).toContain('regions.geojson: feature KZ-MAN: property territory_changed_since_2022 must be true or false (got "no")');
    expect(problems).toHaveLength(2);
  });

  it('checkRegionIds(collection) reports a duplicate id and each missing January-2022 unit by id', () => {
    const problems = checkRegionIds(readFixture('regions-duplicate-id.geojson'));
    expect(problems).toContain('regions.geojson: feature KZ-ATY: duplicate id (features 1 and 2)');
    expect(problems).toContain('regions.geojson: feature KZ-SHY: missing (one of the 17 units of January 2022)');
    expect(problems.filter((p) => p.endsWith('missing (one of the 17 units of January 2022)'))).toHaveLength(15);
  });

  it('checkKinks(collection) reports a self-intersecting ring with the feature id and where it crosses', () => {
    expect(checkKinks(readFixture('regions-kinked.geojson'), 'regions.geojson')).toEqual([
      'regions.geojson: feature KZ-MAN: geometry has 1 self-intersection(s), first at [51.5, 43.5]',
    ]);
  });

  it('checkOverlaps(collection) reports two overlapping regions with both ids and the shared area', () => {
    const problems = checkOverlaps(readFixture('regions-overlapping.geojson'), 'regions.geojson');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^regions\.geojson: feature KZ-ALA: overlaps KZ-ALM by (8\d|9\d)\.\d km²$/);
  });

  it('checkOverlaps(collection, file, tolerance) accepts an overlap below the tolerance', () => {
    expect(checkOverlaps(readFixture('regions-overlapping.geojson'), 'regions.geojson', 1000)).toEqual([]);
  });

  it('checkWinding(collection) reports a clockwise exterior ring with the feature id and ring', () => {
    expect(checkWinding(readFixture('regions-clockwise.geojson'), 'regions.geojson')).toEqual([
      'regions.geojson: feature KZ-KAR: polygon 0 ring 0 (exterior) is clockwise; RFC 7946 wants exterior rings counter-clockwise',
    ]);
  });

  it('checkCoverage(regions, country) reports a country larger than the union of its regions', () => {
    const problems = checkCoverage(validRegions, readFixture('country-larger-than-regions.geojson'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^country\.geojson: feature KAZ: differs from the union of regions by \d+\.\d km² \(regions outside it 0\.0 km², not covered by any region \d+\.\d km²\)$/);
  });

  it('checkCities(cities, regions) reports a city outside its stated region with the city id and both regions', () => {
    expect(checkCities(readFixture('cities-outside-region.geojson'), validRegions)).toEqual([
      'cities.geojson: feature zhanaozen: point [52.86, 43.34] is not inside its region KZ-MAN (it lies in KZ-ATY)',
    ]);
  });

  it('checkCities(cities, regions) reports a non-slug id and an unknown rank with the feature id', () => {
    const problems = checkCities(readFixture('cities-bad-slug.geojson'), validRegions);
    expect(problems).toContain('cities.geojson: feature Nur Sultan: id does not match /^[a-z0-9]+(?:-[a-z0-9]+)*$/');
    expect(problems).toContain(
      'cities.geojson: feature aktau: property rank must be one of "capital", "republican-city", "regional-centre", "town" (got "village")',
    );
  });

  it('checkCaspian(water) reports an implausibly small Caspian with the feature id', () => {
    const problems = checkCaspian(readFixture('water-small-caspian.geojson'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^water\.geojson: feature caspian-sea: area \d+ km² is outside the plausible 350000–420000 km²$/);
  });

  it('checkNeighbours(neighbours) reports a country reaching outside the frame (Crimea side) with its id', () => {
    expect(checkNeighbours(readFixture('neighbours-outside-frame.geojson'))).toEqual([
      'neighbours.geojson: feature UKR: coordinate [34, 44] lies outside the frame 37,33,98,60',
    ]);
  });

  it('checkGzipBudget(files, budget) reports files over budget with their sizes', () => {
    const problems = checkGzipBudget({ 'a.geojson': 'x'.repeat(1000), 'b.geojson': '{}' }, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^base geometry is \d+ bytes gzipped, over the 10-byte budget \(a\.geojson \d+, b\.geojson \d+\)$/);
    expect(checkGzipBudget({ 'a.geojson': 'x'.repeat(1000) }, 1000)).toEqual([]);
  });
});
