import { describe, expect, it } from 'vitest';
import { headlineParts, type HeadlineFacts } from '../../../src/i18n/headlineParts';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import type { Place } from '../../../src/timeline/buildTimeline';
import { toInstant } from '../../../src/timeline/instant';
import type { Level } from '../../../src/timeline/level';
import { regionIds2022, type RegionId } from '../../../src/data/types';

const almaty = { id: 'almaty', name: 'Almaty' } as Place;
const names: Record<string, Record<string, string>> = { en: { almaty: 'Almaty' }, ru: { almaty: 'Алматы' }, kk: { almaty: 'Алматы' } };
const placeName = (lang: string) => (place: Place) => names[lang]?.[place.id] ?? place.name;

/** 17 regions, the first `protest` of them at protest, the next `violence` at violence, the rest calm. */
function regionLevels(levels: Record<string, Level>): ReadonlyMap<RegionId, { level: Level }> {
  return new Map(regionIds2022.map((id) => [id, { level: levels[id] ?? 'calm' }]));
}
const nine = Object.fromEntries(regionIds2022.slice(0, 9).map((id) => [id, 'protest' as Level]));
const during: HeadlineFacts = {
  mode: 'cumulative',
  regions: regionLevels(nine),
  spread: { farthest: { place: almaty, t: toInstant('2022-01-04T18:00+06:00'), km: 1234.4 } },
  national: { deathToll: { total: 225, by: 'Prosecutor General', status: 'official', t: toInstant('2022-01-15T12:00+06:00'), eventId: 'KZ22-129' } },
};
const before: HeadlineFacts = { mode: 'cumulative', regions: regionLevels({}), spread: { farthest: null }, national: { deathToll: null } };
const cityRegions = new Map<RegionId, string>([['KZ-ALA' as RegionId, 'Almaty'], ['KZ-AST' as RegionId, 'Nur-Sultan'], ['KZ-SHY' as RegionId, 'Shymkent']]);

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
  it('counts the regions active in the last 24 hours in that mode, and says none when the map is calm', () => {
    const calmNow = { ...during, mode: 'current' as const, regions: regionLevels({}) };
    expect(headlineParts(calmNow, placeName('en'), en).regions).toBe('No protests in the last 24 hours');
    expect(headlineParts(calmNow, placeName('en'), en).farthest).toBeNull();
    const twoNow = { ...calmNow, regions: regionLevels({ 'KZ-MAN': 'protest', 'KZ-ATY': 'violence' }) };
    expect(headlineParts(twoNow, placeName('en'), en).regions).toBe('Protests in the last 24 hours: 2 of 17 regions');
    expect(headlineParts(twoNow, placeName('ru'), ru).regions).toBe('Протесты за последние 24 часа: 2 из 17 регионов');
    expect(headlineParts(twoNow, placeName('kk'), kk).regions).toBe('Соңғы 24 сағаттағы наразылық: 17 өңірдің 2-сінде');
  });
  it('names the cities when they are the only regions coloured (each a few pixels wide nationally)', () => {
    const onlyAlmaty = { ...during, regions: regionLevels({ 'KZ-ALA': 'violence' }) };
    expect(headlineParts(onlyAlmaty, placeName('en'), en, cityRegions).regions).toBe('Violence in Almaty (city)');
    const cyrillic = new Map<RegionId, string>([['KZ-ALA' as RegionId, 'Алматы']]);
    expect(headlineParts(onlyAlmaty, placeName('ru'), ru, cyrillic).regions).toBe('Насилие: Алматы (город)');
    expect(headlineParts(onlyAlmaty, placeName('kk'), kk, cyrillic).regions).toBe('Зорлық-зомбылық: Алматы (қала)');
    const twoCities = { ...during, regions: regionLevels({ 'KZ-ALA': 'protest', 'KZ-AST': 'violence' }) };
    expect(headlineParts(twoCities, placeName('en'), en, cityRegions).regions).toBe('Violence in Nur-Sultan (city) and Almaty (city)');
  });
  it('counts as before when a region that is not a city is coloured too', () => {
    const mixed = { ...during, regions: regionLevels({ 'KZ-ALA': 'violence', 'KZ-MAN': 'protest' }) };
    expect(headlineParts(mixed, placeName('en'), en, cityRegions).regions).toBe('Protests in 2 of 17 regions');
  });
  it('shows a withdrawn toll as reported, and says it was withdrawn', () => {
    const withdrawn = { ...during, national: { deathToll: { total: 164, by: 'Health Ministry', status: 'retracted' as const, t: toInstant('2022-01-09T12:00+06:00'), eventId: 'KZ22-102' } } };
    expect(headlineParts(withdrawn, placeName('en'), en).toll).toBe('164 deaths reported (Health Ministry), later withdrawn');
    expect(headlineParts(withdrawn, placeName('ru'), ru).toll).toBe('Сообщалось о 164 погибших (Health Ministry), позже данные отозваны');
    expect(headlineParts(withdrawn, placeName('kk'), kk).toll).toContain('кейін бұл дерек кері алынды');
  });
});
