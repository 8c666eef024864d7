import { describe, expect, it } from 'vitest';
import { spreadArcs } from '../../../src/spatial/spreadArcs';
import type { PlaceReach } from '../../../src/spatial/spreadIndex';
import type { Instant } from '../../../src/timeline/instant';

const reach = (id: string, coordinates: [number, number], km: number, t: number): PlaceReach => ({
  place: { id, name: id, region: 'KZ-MAN', coordinates, isCity: true, track: { all: new Float64Array(), protest: new Float64Array(), violence: new Float64Array() } },
  t: t as Instant,
  km,
});

describe('spreadArcs(origin, reaches)', () => {
  const zhanaozen: [number, number] = [52.86, 43.34];
  const arcs = spreadArcs(zhanaozen, [reach('zhanaozen', zhanaozen, 0, 1), reach('almaty', [76.92, 43.25], 1950, 2)]);

  it('draws no arc to the origin itself', () => {
    expect(arcs.map((arc) => arc.placeId)).toEqual(['almaty']);
  });
  it('runs from the origin to the place in [lat, lng] order, keeping the join instant', () => {
    const [arc] = arcs;
    expect(arc!.t).toBe(2);
    expect(arc!.km).toBe(1950);
    expect(arc!.latLngs[0]).toEqual([43.34, 52.86]);
    expect(arc!.latLngs.at(-1)![0]).toBeCloseTo(43.25, 5);
    expect(arc!.latLngs.at(-1)![1]).toBeCloseTo(76.92, 5);
  });
  it('bows north of the straight line, as a great circle between two points at 43°N does', () => {
    const middle = arcs[0]!.latLngs[16]!;
    expect(middle[0]).toBeGreaterThan(43.5);
  });
});
