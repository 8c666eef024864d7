import { describe, expect, it } from 'vitest';
import { checkFields } from '../../../src/data/checkFields';
import { cityProblems } from '../../../src/data/citySchema';
import { regionProblems } from '../../../src/data/regionSchema';
import { makeRegionCollection } from './regionFixture';

describe('checkFields(properties, rules)', () => {
  it('returns nothing when every field fits', () => {
    expect(checkFields({ a: 'x', b: true, c: 0, d: 'red' }, {
      a: { type: 'string' },
      b: { type: 'boolean' },
      c: { type: 'number' },
      d: { type: 'enum', values: ['red', 'none'] },
    })).toEqual([]);
  });

  it('names a missing field and what it must be, unless the field is optional', () => {
    expect(checkFields({}, { name_kk: { type: 'string' }, note: { type: 'string', optional: true } })).toEqual([
      'name_kk must be a non-empty string (missing)',
    ]);
  });

  it('shows the value it got', () => {
    expect(checkFields({ flag: 'no', area: Infinity, level: 'purple' }, {
      flag: { type: 'boolean' },
      area: { type: 'number' },
      level: { type: 'enum', values: ['red', 'none'] },
    })).toEqual(['flag must be true or false (got "no")', 'area must be a finite number (got Infinity)', 'level must be one of "red", "none" (got "purple")']);
  });

  it('refuses null unless the rule is nullable, and an empty string unless emptyOk', () => {
    const rules = { centre: { type: 'string', nullable: true }, name: { type: 'string' }, gn: { type: 'string', emptyOk: true } } as const;
    expect(checkFields({ centre: null, name: ' ', gn: '' }, rules)).toEqual(['name must be a non-empty string (got " ")']);
    expect(checkFields({ centre: 1, name: null, gn: '' }, rules)).toEqual([
      'centre must be a non-empty string or null (got 1)',
      'name must be a non-empty string (got null)',
    ]);
  });

  it('says `expected` instead of the generated wording', () => {
    expect(checkFields({ id: 'kz-1' }, { id: { type: 'string', pattern: /^KZ-\d{2}$/, expected: 'a code such as KZ-19' } })).toEqual([
      'id must be a code such as KZ-19 (got "kz-1")',
    ]);
  });

  it('reads instants with toInstant, telling a missing offset from an impossible date', () => {
    const rules = { start: { type: 'instant' } } as const;
    expect(checkFields({ start: '2022-01-05T01:30+06:00' }, rules)).toEqual([]);
    expect(checkFields({ start: '2022-01-05T01:30' }, rules)).toEqual([
      'start must be ISO 8601 with an offset, e.g. 2022-01-05T01:30+06:00 (got "2022-01-05T01:30")',
    ]);
    expect(checkFields({ start: '2022-02-30T10:00+05:00' }, rules)).toEqual(['start must be a real calendar date and time (got "2022-02-30T10:00+05:00")']);
  });
});

describe('regionProblems(id, properties)', () => {
  const valid = () => ({ ...makeRegionCollection().features[16]!.properties }) as Record<string, unknown>;

  it('finds nothing in a valid region', () => {
    expect(regionProblems('KZ-SHY', valid())).toEqual([]);
  });

  it('names an iso_2022 that is not the feature id', () => {
    expect(regionProblems('KZ-ALA', valid())).toEqual(['property iso_2022 must equal the feature id (got "KZ-SHY")']);
  });

  it('names a schematic outline without its official area and note', () => {
    expect(regionProblems('KZ-SHY', { ...valid(), geometry_quality: 'schematic' })).toEqual([
      'property geometry_quality is "schematic" without area_km2_official and note',
    ]);
    expect(regionProblems('KZ-SHY', { ...valid(), geometry_quality: 'schematic', area_km2_official: 1170, note: 'A disc.' })).toEqual([]);
  });

  it('names a unit of after June 2022 (Abai, KZ-10) in iso_2022', () => {
    expect(regionProblems('KZ-10', { ...valid(), iso_2022: 'KZ-10' })).toEqual([
      'property iso_2022 must be a January 2022 ISO 3166-2 code (got "KZ-10")',
    ]);
  });
});

describe('cityProblems(properties)', () => {
  it('names a rank outside the list and a region of after June 2022 (Jetisu, KZ-33)', () => {
    const city = { region: 'KZ-33', name_en: 'Taldykorgan', name_kk: 'Талдықорған', name_ru: 'Талдыкорган', name_en_current: 'Taldykorgan', rank: 'village', label: true, geonames_name: '' };
    expect(cityProblems(city)).toEqual([
      'property region must be a January 2022 region id (got "KZ-33")',
      'property rank must be one of "capital", "republican-city", "regional-centre", "town" (got "village")',
    ]);
  });
});
