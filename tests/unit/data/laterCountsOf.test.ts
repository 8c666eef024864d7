import { describe, expect, it } from 'vitest';
import type { LaterCounts, RegionLaterCount } from '../../../src/data/laterCountTypes';
import { laterCountsOf } from '../../../src/data/laterCountsOf';
import { parseLaterCounts } from '../../../src/data/parseLaterCounts';

const by = { en: 'Prosecutor General', ru: 'генпрокурор', kk: 'Бас прокурор' };
const sources = [{ publisher: 'Interfax', url: 'https://interfax.com/x' }];
const count = (region: RegionLaterCount['region'], figure: RegionLaterCount['figure'], value: number, date: string): RegionLaterCount => ({
  region,
  figure,
  value,
  date,
  by,
  sources,
  note: 'a note',
});

const counts: LaterCounts = {
  storyWindowEnd: '2022-01-31',
  national: [],
  regions: [
    count('KZ-ALA', 'deaths', 139, '2022-03-14'),
    count('KZ-KZY', 'deaths', 26, '2023-01-05'),
    count('KZ-ALA', 'deaths', 151, '2023-01-05'),
    count('KZ-ALA', 'detained', 900, '2022-02-01'),
  ],
};

describe('laterCountsOf(counts, region)', () => {
  it('returns the region’s counts newest first, whatever the file order', () => {
    expect(laterCountsOf(counts, 'KZ-ALA').map((c) => [c.figure, c.value])).toEqual([
      ['deaths', 151],
      ['deaths', 139],
      ['detained', 900],
    ]);
  });

  it('with { latest: true } keeps only the newest of each figure', () => {
    expect(laterCountsOf(counts, 'KZ-ALA', { latest: true }).map((c) => [c.figure, c.value])).toEqual([
      ['deaths', 151],
      ['detained', 900],
    ]);
  });

  it('returns an empty list for a region with no later count', () => {
    expect(laterCountsOf(counts, 'KZ-MAN')).toEqual([]);
    expect(laterCountsOf(counts, 'KZ-MAN', { latest: true })).toEqual([]);
  });

  it('does not reorder the counts it was given', () => {
    laterCountsOf(counts, 'KZ-ALA');
    expect(counts.regions.map((c) => c.value)).toEqual([139, 26, 151, 900]);
  });
});

describe('parseLaterCounts(json)', () => {
  const doc = {
    story_window_end: '2022-01-31',
    national: [{ figure: 'deaths', value: 238, date: '2023-01-05', by, sources, note: 'n' }],
    regions: [{ region: 'KZ-SHY', figure: 'deaths', value: 20, date: '2023-01-05', by, sources, note: 'n' }],
  };

  it('reads a valid document', () => {
    const parsed = parseLaterCounts(doc);
    expect(parsed.storyWindowEnd).toBe('2022-01-31');
    expect(parsed.regions[0]?.region).toBe('KZ-SHY');
    expect(parsed.national[0]?.value).toBe(238);
  });

  it('throws naming the file, the entry and the field', () => {
    expect(() => parseLaterCounts({ ...doc, regions: [{ ...doc.regions[0], region: 'KZ-ABA' }] }, 'later.json')).toThrow(
      'later.json: regions[0]: region must be a January 2022 region id (got "KZ-ABA")',
    );
  });

  it('throws on something that is not an object', () => {
    expect(() => parseLaterCounts(null)).toThrow('later-counts.json: must be a JSON object');
    expect(() => parseLaterCounts([])).toThrow('later-counts.json: must be a JSON object');
  });
});
