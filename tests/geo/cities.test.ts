import { describe, expect, it } from 'vitest';
import { checkCities, checkPrecision } from './checkGeography';
import { readGeoFile } from './readGeoJson';

const cities = readGeoFile('cities.geojson');
const regions = readGeoFile('regions.geojson');

function city(id: string): Record<string, unknown> {
  const found = cities.features.find((f) => f.id === id);
  if (!found) throw new Error(`cities.geojson has no ${id}`);
  return found.properties ?? {};
}

// Every regional centre of January 2022 and every real locality of the research timeline.
const required = [
  'almaty', 'nur-sultan', 'shymkent', 'zhanaozen', 'aktau', 'atyrau', 'aktobe', 'oral', 'kyzylorda',
  'turkistan', 'taraz', 'taldykorgan', 'karaganda', 'kostanay', 'petropavl', 'kokshetau', 'pavlodar',
  'oskemen', 'semey', 'zhezkazgan', 'zhetybai', 'akshukur', 'shu',
];

describe('geo/cities.geojson', () => {
  it('checkCities(cities, regions) finds slug ids, CityProperties and every point inside its region', () => {
    expect(checkCities(cities, regions)).toEqual([]);
  });

  it('checkPrecision(cities) finds no coordinate with more than 4 decimals', () => {
    expect(checkPrecision(cities, 'cities.geojson', 4)).toEqual([]);
  });

  it('holds every regional centre and every locality of the timeline', () => {
    const ids = cities.features.map((f) => f.id);
    expect(required.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('holds no airports, oil fields or "National" pseudo-places', () => {
    expect(cities.features.map((f) => String(f.id)).filter((id) => /airport|field|national|tengiz|kalamkas/.test(id))).toEqual([]);
  });

  it('assigns January 2022 regions, not GeoNames\' post-June-2022 ones', () => {
    expect(city('shymkent').region).toBe('KZ-SHY');
    expect(city('semey').region).toBe('KZ-VOS');
    expect(city('taldykorgan').region).toBe('KZ-ALM');
    expect(city('zhezkazgan').region).toBe('KZ-KAR');
    expect(city('nur-sultan').region).toBe('KZ-AST');
    expect(city('almaty').region).toBe('KZ-ALA');
  });

  it('names Nur-Sultan the capital, with today\'s name Astana', () => {
    expect(city('nur-sultan')).toMatchObject({ name_en: 'Nur-Sultan', name_en_current: 'Astana', rank: 'capital' });
  });

  it('labels exactly the capital, the republican cities, the regional centres and Zhanaozen', () => {
    const labelled = cities.features.filter((f) => f.properties?.label === true).map((f) => f.id);
    const expected = cities.features.filter((f) => f.properties?.rank !== 'town' || f.id === 'zhanaozen').map((f) => f.id);
    expect(labelled).toEqual(expected);
    expect(labelled).toHaveLength(18);
  });

  it('finds each region\'s January 2022 centre as a regional-centre city inside that region', () => {
    const problems = regions.features.flatMap((r) => {
      const centre = r.properties?.admin_centre_2022;
      if (centre === null) return [];
      const match = cities.features.find((c) => c.properties?.name_en === centre);
      return match?.properties?.region === r.id && match?.properties?.rank === 'regional-centre' ? [] : [`${String(r.id)}: ${String(centre)}`];
    });
    expect(problems).toEqual([]);
  });
});
