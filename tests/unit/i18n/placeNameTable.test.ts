import { describe, expect, it } from 'vitest';
import type { EventFeature, EventText } from '../../../src/data/eventTypes';
import type { CityCollection } from '../../../src/data/types';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { placeNamer, placeNameTable } from '../../../src/i18n/placeNameTable';

const cities = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', id: 'zhanaozen', properties: { name_en: 'Zhanaozen', name_ru: 'Жанаозен', name_kk: 'Жаңаөзен' }, geometry: { type: 'Point', coordinates: [52.8, 43.3] } }],
} as unknown as CityCollection;
const event = (id: string, city: string | null, locality: string) => ({ id, properties: { scope: 'local', city, locality } }) as unknown as EventFeature;
const events = [event('KZ22-001', 'zhanaozen', 'Zhanaozen'), event('KZ22-049', null, 'Almaty International Airport'), event('KZ22-050', null, 'Tengiz oil field')];

describe('placeNameTable(input, texts, messages)', () => {
  it("names cities from cities.geojson in the catalogue's language", () => {
    expect(placeNameTable({ cities, events }, null, kk).get('zhanaozen')).toBe('Жаңаөзен');
  });
  it("names other places by their event's translated locality, under the place's slug", () => {
    const texts = new Map<string, EventText>([['KZ22-049', { locality: 'Алматы халықаралық әуежайы' }]]);
    const names = placeNameTable({ cities, events }, texts, kk);
    expect(names.get('almaty-international-airport')).toBe('Алматы халықаралық әуежайы');
    // No translation: absent, so the place keeps its English name (placeNamer).
    expect(names.has('tengiz-oil-field')).toBe(false);
  });
  it('has no translated localities in English', () => {
    expect([...placeNameTable({ cities, events }, null, en).keys()]).toEqual(['zhanaozen']);
  });
});

describe('placeNamer(names)', () => {
  it("gives the table's name, else the place's own", () => {
    const name = placeNamer(new Map([['zhanaozen', 'Жаңаөзен']]));
    expect(name({ id: 'zhanaozen', name: 'Zhanaozen' } as never)).toBe('Жаңаөзен');
    expect(name({ id: 'tengiz-oil-field', name: 'Tengiz oil field' } as never)).toBe('Tengiz oil field');
  });
});
