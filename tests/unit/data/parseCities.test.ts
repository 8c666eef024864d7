import { describe, expect, it } from 'vitest';
import { parseCities } from '../../../src/data/parseCities';

function city(id: unknown, overrides: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [52.86, 43.34] },
    properties: {
      region: 'KZ-MAN',
      name_en: 'Zhanaozen',
      name_kk: 'Жаңаөзен',
      name_ru: 'Жанаозен',
      name_en_current: 'Zhanaozen',
      rank: 'town',
      label: true,
      geonames_name: 'Zhanaozen',
      ...overrides,
    },
  };
}
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('parseCities(json)', () => {
  it('accepts a valid city', () => {
    expect(parseCities(collection(city('zhanaozen'))).features[0]?.id).toBe('zhanaozen');
  });
  it('rejects an id that is not a lowercase slug', () => {
    expect(() => parseCities(collection(city('Zhanaozen')))).toThrow('cities.geojson: feature Zhanaozen: id must be a lowercase ascii slug');
  });
  it('rejects a duplicate id', () => {
    expect(() => parseCities(collection(city('aktau'), city('aktau')))).toThrow('feature aktau: duplicate id');
  });
  it('rejects a region of after June 2022 (Jetisu, KZ-33)', () => {
    expect(() => parseCities(collection(city('taldykorgan', { region: 'KZ-33' })))).toThrow(
      'feature taldykorgan: property region must be a January 2022 region id',
    );
  });
  it('rejects a missing label flag', () => {
    expect(() => parseCities(collection(city('aktau', { label: 'yes' })))).toThrow('feature aktau: property label must be true or false');
  });
  it('rejects a polygon geometry', () => {
    const bad = { ...city('aktau'), geometry: { type: 'Polygon', coordinates: [] } };
    expect(() => parseCities(collection(bad))).toThrow('feature aktau: geometry must be Point');
  });
});
