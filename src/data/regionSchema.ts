import { checkFields, type Expect, type FieldRule, type RulesDescribe } from './checkFields';
import type { RegionProperties } from './types';

/**
 * The 17 units of January 2022 (ISO 3166-2): 14 regions (oblystar) and 3 cities of republican
 * significance. Abai, Jetisu and Ulytau only came into being in June 2022.
 */
export const regionIds2022 = [
  'KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ATY', 'KZ-ZAP', 'KZ-ZHA', 'KZ-KAR', 'KZ-KUS', 'KZ-KZY',
  'KZ-MAN', 'KZ-PAV', 'KZ-SEV', 'KZ-YUZ', 'KZ-VOS', 'KZ-AST', 'KZ-ALA', 'KZ-SHY',
] as const;
export type RegionId = (typeof regionIds2022)[number];

export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (regionIds2022 as readonly string[]).includes(value);
}

export const regionUnitTypes = ['region', 'city'] as const;
/** Clocks of January 2022: UTC+5 in the five western regions, UTC+6 elsewhere. */
export const utcOffsets = ['+05:00', '+06:00'] as const;
export const geometryQualities = ['natural-earth', 'schematic'] as const;

const name = { type: 'string' } as const;

/** Every property of regions.geojson; parseRegions and tests/geo both check against this table. */
export const regionFields = {
  iso_2022: { type: 'enum', values: regionIds2022, expected: 'a January 2022 ISO 3166-2 code' },
  iso_current: { type: 'string', pattern: /^KZ-\d{2}$/, expected: 'a numeric ISO 3166-2 code such as KZ-19' },
  type: { type: 'enum', values: regionUnitTypes },
  name_en: name,
  name_kk: name,
  name_ru: name,
  name_en_current: name,
  name_kk_current: name,
  name_ru_current: name,
  admin_centre_2022: { type: 'string', nullable: true },
  admin_centre_current: { type: 'string', nullable: true },
  utc_offset: { type: 'enum', values: utcOffsets },
  territory_changed_since_2022: { type: 'boolean' },
  note: { type: 'string', optional: true },
  geometry_quality: { type: 'enum', values: geometryQualities },
  area_km2_official: { type: 'number', optional: true },
} as const satisfies Record<keyof RegionProperties, FieldRule>;

// Fails to compile when regionFields and RegionProperties (types.ts) disagree on a field.
export type RegionFieldsMatchTypes = Expect<RulesDescribe<typeof regionFields, RegionProperties>>;

/**
 * Every problem with one region's properties: the field table, then the rules that tie fields
 * together. Each sentence names the property; the caller adds file and feature.
 */
export function regionProblems(id: unknown, properties: Record<string, unknown>): string[] {
  const problems = checkFields(properties, regionFields).map((problem) => `property ${problem}`);
  if (properties.iso_2022 !== undefined && properties.iso_2022 !== id) {
    problems.push(`property iso_2022 must equal the feature id (got ${JSON.stringify(properties.iso_2022)})`);
  }
  if (properties.geometry_quality === 'schematic' && (typeof properties.area_km2_official !== 'number' || typeof properties.note !== 'string')) {
    problems.push('property geometry_quality is "schematic" without area_km2_official and note');
  }
  return problems;
}
