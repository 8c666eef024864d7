import type { FullEventFeature, FullEventProperties } from '../../../src/data/eventTypes';
import type { CityCollection } from '../../../src/data/types';

/** A valid event with defaults a test overrides: a protest in Mangystau (square 9 of regionFixture). */
export function makeEvent(id: string, start: string, overrides: Partial<FullEventProperties> = {}): FullEventFeature {
  const properties: FullEventProperties = {
    id,
    start,
    time_known: true,
    time_precision: 'exact',
    scope: 'local',
    region: 'KZ-MAN',
    city: 'zhanaozen',
    locality: 'Zhanaozen',
    type: 'protest',
    description: { en: `Event ${id}` },
    sources: [{ publisher: 'Example', url: 'https://example.org/a' }],
    confidence: 'high',
    ...overrides,
  };
  const geometry = properties.scope === 'national' ? null : { type: 'Point' as const, coordinates: [9.5, 0.5] };
  return { type: 'Feature', id, geometry, properties };
}

/** Cities inside regionFixture's squares: square i spans longitudes i..i+1 along the equator. */
export const fixtureCities: CityCollection = {
  type: 'FeatureCollection',
  features: [
    city('zhanaozen', 'KZ-MAN', 9.5),
    city('aktau', 'KZ-MAN', 9.2),
    city('almaty', 'KZ-ALA', 15.5),
  ],
};

function city(id: string, region: 'KZ-MAN' | 'KZ-ALA', lon: number) {
  return {
    type: 'Feature' as const,
    id,
    geometry: { type: 'Point' as const, coordinates: [lon, 0.5] },
    properties: {
      region,
      name_en: id,
      name_kk: id,
      name_ru: id,
      name_en_current: id,
      rank: 'town' as const,
      label: false,
      geonames_name: id,
    },
  };
}

/** The first emergency decree (national; Mangystau and Almaty Region), shared by engine and scene tests. */
export function makeEmergencyDecree(): FullEventFeature {
  return makeEvent('KZ22-035', '2022-01-05T01:30+06:00', {
    scope: 'national',
    region: null,
    regions: ['KZ-MAN', 'KZ-ALA'],
    city: null,
    locality: 'Nationwide',
    type: 'government-decision',
    emergency: { action: 'declared', regions: ['KZ-MAN', 'KZ-ALA'] },
  });
}
