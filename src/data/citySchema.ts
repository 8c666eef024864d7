import { checkFields, type Expect, type FieldRule, type RulesDescribe } from './checkFields';
import { regionIds2022 } from './regionSchema';
import type { CityProperties } from './types';

/** A lowercase ASCII slug such as `almaty`, `nur-sultan`, `zhanaozen`: city ids, and events' `city`. */
export const citySlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const cityRanks = ['capital', 'republican-city', 'regional-centre', 'town'] as const;

const name = { type: 'string' } as const;

/** Every property of cities.geojson; parseCities and tests/geo both check against this table. */
export const cityFields = {
  region: { type: 'enum', values: regionIds2022, expected: 'a January 2022 region id' },
  name_en: name,
  name_kk: name,
  name_ru: name,
  name_en_current: name,
  rank: { type: 'enum', values: cityRanks },
  label: { type: 'boolean' },
  // Empty for a place GeoNames does not have (its coordinate source is then documented).
  geonames_name: { type: 'string', emptyOk: true },
  change_since_2022: { type: 'string', optional: true },
} as const satisfies Record<keyof CityProperties, FieldRule>;

// Fails to compile when cityFields and CityProperties (types.ts) disagree on a field.
export type CityFieldsMatchTypes = Expect<RulesDescribe<typeof cityFields, CityProperties>>;

/** Every problem with one city's properties, each naming the property. */
export function cityProblems(properties: Record<string, unknown>): string[] {
  return checkFields(properties, cityFields).map((problem) => `property ${problem}`);
}
