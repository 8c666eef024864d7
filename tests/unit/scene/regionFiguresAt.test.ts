import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../../src/data/parseRegions';
import { en } from '../../../src/i18n/messages';
import { ru } from '../../../src/i18n/messages.ru';
import { buildStoryIndex } from '../../../src/scene/buildStoryIndex';
import { regionFiguresAt } from '../../../src/scene/regionFiguresAt';
import { toInstant } from '../../../src/timeline/instant';
import { regionFigureLines } from '../../../src/ui/regionFigureLines';
import { makeRegionCollection } from '../data/regionFixture';
import { fixtureCities, makeEvent } from '../timeline/eventFixture';

const almaty = { region: 'KZ-ALA' as const, city: 'almaty', locality: 'Almaty', type: 'casualties' as const };
const events = [
  makeEvent('KZ22-073', '2022-01-06T12:00+06:00', { ...almaty, figures: { deaths: [{ value: 13, by: "Almaty commandant's office" }, { value: 18, by: 'Interior Ministry' }] } }),
  makeEvent('KZ22-104', '2022-01-09T12:00+06:00', { ...almaty, type: 'security-operation', figures: { detained: [{ value: 852, by: 'Almaty crisis centre' }] } }),
  makeEvent('KZ22-215', '2022-01-09T12:00+06:00', { ...almaty, figures: { deaths: [{ value: 103, by: 'Health Ministry' }] } }),
  makeEvent('KZ22-131', '2022-01-16T12:00+06:00', { ...almaty, figures: { deaths: [{ value: 160, by: 'Almaty police chief' }] } }),
  makeEvent('KZ22-107', '2022-01-09T12:00+05:00', { figures: { deaths: 1, injured: { min: 40, max: 49 } } }),
  makeEvent('KZ22-115', '2022-01-11T12:00+06:00', {
    scope: 'national',
    region: null,
    regions: ['KZ-ALA', 'KZ-MAN'],
    city: null,
    locality: 'Nationwide',
    type: 'casualties',
    figures: { detained: [{ value: 9900, by: 'Interior Ministry' }] },
  }),
].sort((a, b) => toInstant(a.properties.start) - toInstant(b.properties.start));
const index = buildStoryIndex({ regions: parseRegions(makeRegionCollection()), cities: fixtureCities, events });
const at = (iso: string) => toInstant(iso);

describe('regionFiguresAt(index, region, t)', () => {
  it('returns nothing before the first report in the region', () => {
    expect(regionFiguresAt(index, 'KZ-ALA', at('2022-01-06T11:00+06:00'))).toEqual({});
  });

  it('returns a report from its own instant on (half-open: at t, not after)', () => {
    expect(regionFiguresAt(index, 'KZ-ALA', at('2022-01-06T12:00+06:00')).deaths).toMatchObject({ value: 13, by: "Almaty commandant's office", otherClaims: 1, eventId: 'KZ22-073' });
  });

  it('keeps the latest report of each figure, not the largest, and the later id at one instant', () => {
    const figures = regionFiguresAt(index, 'KZ-ALA', at('2022-01-10T00:00+06:00'));
    expect(figures.deaths?.eventId).toBe('KZ22-215');
    expect(figures.detained?.eventId).toBe('KZ22-104');
    expect(regionFiguresAt(index, 'KZ-ALA', at('2022-01-17T00:00+06:00')).deaths?.value).toBe(160);
  });

  it('ignores national figures, which belong to the headline', () => {
    expect(regionFiguresAt(index, 'KZ-ALA', at('2022-01-12T00:00+06:00')).detained?.value).toBe(852);
    expect(regionFiguresAt(index, 'KZ-MAN', at('2022-01-12T00:00+06:00')).detained).toBeUndefined();
  });

  it('keeps a bare number with no claimant and a range as they are', () => {
    expect(regionFiguresAt(index, 'KZ-MAN', at('2022-01-10T00:00+06:00'))).toMatchObject({
      deaths: { value: 1, by: null, otherClaims: 0 },
      injured: { value: { min: 40, max: 49 }, by: null },
    });
  });

  it('returns nothing for a region without reports', () => {
    expect(regionFiguresAt(index, 'KZ-PAV', at('2022-01-31T00:00+06:00'))).toEqual({});
  });
});

describe('regionFigureLines(figures, messages)', () => {
  it('writes each figure with who gave it, in the order deaths, injured, detained', () => {
    expect(regionFigureLines(regionFiguresAt(index, 'KZ-ALA', at('2022-01-17T00:00+06:00')), en)).toEqual([
      '160 dead (Almaty police chief)',
      '852 detained (Almaty crisis centre)',
    ]);
  });

  it('writes ranges and bare numbers in Russian', () => {
    expect(regionFigureLines(regionFiguresAt(index, 'KZ-MAN', at('2022-01-10T00:00+06:00')), ru)).toEqual(['погибших: 1', 'пострадавших: 40–49']);
  });

  it('gives no lines when nothing was reported', () => {
    expect(regionFigureLines({}, en)).toEqual([]);
  });
});
