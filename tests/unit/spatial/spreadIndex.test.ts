import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../../src/data/parseRegions';
import { buildSpreadIndex, spreadAt } from '../../../src/spatial/spreadIndex';
import { buildTimeline } from '../../../src/timeline/buildTimeline';
import { toInstant } from '../../../src/timeline/instant';
import { makeRegionCollection } from '../data/regionFixture';
import { fixtureCities, makeEvent } from '../timeline/eventFixture';

const regions = parseRegions(makeRegionCollection());
const at = (iso: string) => toInstant(iso);
const events = [
  makeEvent('KZ22-002', '2022-01-02T11:00+05:00'),
  makeEvent('KZ22-003', '2022-01-02T12:00+05:00', { city: 'aktau', locality: 'Aktau' }),
  makeEvent('KZ22-020', '2022-01-04T22:00+06:00', { region: 'KZ-ALA', city: 'almaty', locality: 'Almaty', type: 'clash' }),
  makeEvent('KZ22-030', '2022-01-05T10:00+06:00', { region: 'KZ-ALA', city: 'almaty', locality: 'Almaty', type: 'security-operation' }),
];
const index = buildSpreadIndex(buildTimeline(events, regions, fixtureCities), regions, [9.5, 0.5]);

describe('spreadAt(index, t)', () => {
  it('is empty before the first protest', () => {
    expect(spreadAt(index, at('2022-01-02T10:00+05:00'))).toEqual({ regionsWithProtests: 0, areaShare: 0, farthest: null, order: [] });
  });

  it('counts a region once however many places in it join', () => {
    const spread = spreadAt(index, at('2022-01-03T00:00+06:00'));
    expect(spread.regionsWithProtests).toBe(1);
    expect(spread.order.map((join) => join.region)).toEqual(['KZ-MAN']);
  });

  it('gives the share of the area covered: 2 of 17 equal squares', () => {
    expect(spreadAt(index, at('2022-01-05T00:00+06:00')).areaShare).toBeCloseTo(2 / 17, 3);
  });

  it('names the farthest place reached, with its great-circle distance from the origin', () => {
    const early = spreadAt(index, at('2022-01-03T00:00+06:00')).farthest;
    expect(early?.place.id).toBe('aktau');
    expect(early?.km).toBeCloseTo(33.4, 0);
    const late = spreadAt(index, at('2022-01-05T00:00+06:00')).farthest;
    expect(late?.place.id).toBe('almaty');
    expect(late?.km).toBeCloseTo(667, -1);
  });

  it('ignores events that raise no level (a security operation)', () => {
    expect(spreadAt(index, at('2022-01-25T00:00+06:00')).order).toHaveLength(2);
  });
});
