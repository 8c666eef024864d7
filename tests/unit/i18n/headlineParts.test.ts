import { describe, expect, it } from 'vitest';
import { headlineParts, type HeadlineFacts } from '../../../src/i18n/headlineParts';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import type { Place } from '../../../src/timeline/buildTimeline';
import { toInstant } from '../../../src/timeline/instant';

const almaty = { id: 'almaty', name: 'Almaty' } as Place;
const names: Record<string, Record<string, string>> = { en: { almaty: 'Almaty' }, ru: { almaty: 'Алматы' }, kk: { almaty: 'Алматы' } };
const placeName = (lang: string) => (place: Place) => names[lang]?.[place.id] ?? place.name;

const during: HeadlineFacts = {
  spread: { regionsWithProtests: 9, farthest: { place: almaty, t: toInstant('2022-01-04T18:00+06:00'), km: 1234.4 } },
  national: { deathToll: { total: 225, by: 'Prosecutor General', status: 'official', t: toInstant('2022-01-15T12:00+06:00'), eventId: 'KZ22-129' } },
};
const before: HeadlineFacts = { spread: { regionsWithProtests: 0, farthest: null }, national: { deathToll: null } };

describe('headlineParts(status, placeName, messages)', () => {
  it('gives regions, farthest place and toll in English (the e2e headline wording)', () => {
    expect(headlineParts(during, placeName('en'), en)).toEqual({
      regions: 'Protests in 9 of 17 regions',
      farthest: 'farthest: Almaty, 1,234 km from Zhanaozen',
      toll: 'Official death toll: 225 (Prosecutor General)',
    });
  });
  it('gives them in Russian, with the place named in Russian', () => {
    expect(headlineParts(during, placeName('ru'), ru)).toEqual({
      regions: 'Протесты в 9 из 17 регионов',
      farthest: 'дальше всего: Алматы, в 1\u00a0234 км от Жанаозена',
      toll: 'Официальное число погибших: 225 (Prosecutor General)',
    });
  });
  it('gives them in Kazakh, with the harmonised locative ending', () => {
    expect(headlineParts(during, placeName('kk'), kk)).toEqual({
      regions: 'Наразылық: 17 өңірдің 9-ында',
      farthest: 'ең алыс нүкте: Алматы, Жаңаөзеннен 1\u00a0234 км',
      toll: 'Қаза тапқандардың ресми саны: 225 (Prosecutor General)',
    });
  });
  it('has no farthest place and says so when no toll is reported yet', () => {
    expect(headlineParts(before, placeName('en'), en)).toEqual({ regions: 'Protests in 0 of 17 regions', farthest: null, toll: 'No official death toll yet' });
    expect(headlineParts(before, placeName('ru'), ru).toll).toBe('Официальных данных о погибших пока нет');
    expect(headlineParts(before, placeName('kk'), kk).toll).toBe('Қаза тапқандардың ресми саны әлі жарияланған жоқ');
  });
});
