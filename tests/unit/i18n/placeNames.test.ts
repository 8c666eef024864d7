import { describe, expect, it } from 'vitest';
import type { CityProperties, RegionProperties } from '../../../src/data/types';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { cityName, regionLabel } from '../../../src/i18n/placeNames';

const props = (name_en: string, name_en_current: string) => ({ name_en, name_en_current }) as RegionProperties;
const nurSultan = {
  name_en: 'Nur-Sultan',
  name_ru: 'Нур-Султан',
  name_kk: 'Нұр-Сұлтан',
  name_en_current: 'Astana',
  name_ru_current: 'Астана',
  name_kk_current: 'Астана',
} as RegionProperties;

describe('regionLabel(properties)', () => {
  it('gives the January 2022 name alone when it is unchanged', () => {
    expect(regionLabel(props('Mangystau Region', 'Mangystau Region'))).toBe('Mangystau Region');
  });
  it("adds today's name when the unit was renamed (Nur-Sultan → Astana)", () => {
    expect(regionLabel(props('Nur-Sultan', 'Astana'))).toBe('Nur-Sultan (today: Astana)');
  });
});

describe('regionLabel(properties, messages)', () => {
  it("names the region in the catalogue's language, with today's name in that language", () => {
    expect(regionLabel(nurSultan, en)).toBe('Nur-Sultan (today: Astana)');
    expect(regionLabel(nurSultan, ru)).toBe('Нур-Султан (сейчас: Астана)');
    expect(regionLabel(nurSultan, kk)).toBe('Нұр-Сұлтан (қазір: Астана)');
  });
});

describe('cityName(properties, messages)', () => {
  const zhanaozen = { name_en: 'Zhanaozen', name_ru: 'Жанаозен', name_kk: 'Жаңаөзен' } as CityProperties;
  it("gives the city's name in the catalogue's language, English by default", () => {
    expect(cityName(zhanaozen)).toBe('Zhanaozen');
    expect(cityName(zhanaozen, ru)).toBe('Жанаозен');
    expect(cityName(zhanaozen, kk)).toBe('Жаңаөзен');
  });
});
