import type { CityProperties, RegionProperties } from '../../src/data/types';
import { regionIds2022 } from '../../src/data/types';

/** What one property must look like. Strings must be non-empty unless `emptyOk`. */
export type FieldRule =
  | { type: 'string'; optional?: boolean; nullable?: boolean; emptyOk?: boolean; pattern?: RegExp }
  | { type: 'boolean'; optional?: boolean }
  | { type: 'number'; optional?: boolean }
  | { type: 'enum'; values: readonly string[]; optional?: boolean };

// Typed as Record<keyof …> so that a field added to types.ts fails type-checking here
// until the geo data checks learn about it.
export const regionFields: Record<keyof RegionProperties, FieldRule> = {
  iso_2022: { type: 'enum', values: regionIds2022 },
  iso_current: { type: 'string', pattern: /^KZ-\d{2}$/ },
  type: { type: 'enum', values: ['region', 'city'] },
  name_en: { type: 'string' },
  name_kk: { type: 'string' },
  name_ru: { type: 'string' },
  name_en_current: { type: 'string' },
  name_kk_current: { type: 'string' },
  name_ru_current: { type: 'string' },
  admin_centre_2022: { type: 'string', nullable: true },
  admin_centre_current: { type: 'string', nullable: true },
  utc_offset: { type: 'enum', values: ['+05:00', '+06:00'] },
  territory_changed_since_2022: { type: 'boolean' },
  note: { type: 'string', optional: true },
  geometry_quality: { type: 'enum', values: ['natural-earth', 'schematic'] },
  area_km2_official: { type: 'number', optional: true },
};

export const cityFields: Record<keyof CityProperties, FieldRule> = {
  region: { type: 'enum', values: regionIds2022 },
  name_en: { type: 'string' },
  name_kk: { type: 'string' },
  name_ru: { type: 'string' },
  name_en_current: { type: 'string' },
  rank: { type: 'enum', values: ['capital', 'republican-city', 'regional-centre', 'town'] },
  label: { type: 'boolean' },
  // Empty for a place GeoNames does not have (its coordinate source is then documented).
  geonames_name: { type: 'string', emptyOk: true },
  change_since_2022: { type: 'string', optional: true },
};

/**
 * Checks `properties` against `rules`; each problem names the feature and the field.
 * @example checkFields('regions.geojson: feature KZ-MAN', {}, { name_kk: { type: 'string' } })
 *   // → ['regions.geojson: feature KZ-MAN: property name_kk missing']
 */
export function checkFields(where: string, properties: unknown, rules: Record<string, FieldRule>): string[] {
  if (typeof properties !== 'object' || properties === null) return [`${where}: properties missing`];
  const record = properties as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, rule] of Object.entries(rules)) {
    const value = record[key];
    if (value === undefined) {
      if (!rule.optional) problems.push(`${where}: property ${key} missing`);
      continue;
    }
    const wrong = describeMismatch(value, rule);
    if (wrong) problems.push(`${where}: property ${key} is ${JSON.stringify(value)}, expected ${wrong}`);
  }
  return problems;
}

/** @returns what was expected, or null when the value fits the rule */
function describeMismatch(value: unknown, rule: FieldRule): string | null {
  switch (rule.type) {
    case 'string':
      if (value === null) return rule.nullable ? null : 'a string, not null';
      if (typeof value !== 'string') return `a string${rule.nullable ? ' or null' : ''}`;
      if (value.trim() === '' && !rule.emptyOk) return 'a non-empty string';
      if (rule.pattern && !rule.pattern.test(value)) return `a string matching ${rule.pattern}`;
      return null;
    case 'boolean':
      return typeof value === 'boolean' ? null : 'a boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'a finite number';
    case 'enum':
      return typeof value === 'string' && rule.values.includes(value)
        ? null
        : `one of ${rule.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
}
