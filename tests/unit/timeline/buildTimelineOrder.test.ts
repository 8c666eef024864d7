import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../../src/data/parseEvents';
import { parseRegions } from '../../../src/data/parseRegions';
import { buildTimeline } from '../../../src/timeline/buildTimeline';
import { makeRegionCollection } from '../data/regionFixture';
import { fixtureCities, makeEvent } from './eventFixture';

const regions = parseRegions(makeRegionCollection());
// Two events at the same instant on different clocks, and one earlier.
const a = makeEvent('KZ22-010', '2022-01-05T01:00+06:00');
const b = makeEvent('KZ22-009', '2022-01-05T00:00+05:00');
const c = makeEvent('KZ22-003', '2022-01-04T12:00+06:00');

describe('buildTimeline(events, regions, cities) order', () => {
  it("keeps parseEvents' order, ties at one instant included", () => {
    const sorted = parseEvents({ type: 'FeatureCollection', features: [a, b, c] }).features;
    const timeline = buildTimeline(sorted, regions, fixtureCities);
    expect(timeline.events.map((event) => event.id)).toEqual(['KZ22-003', 'KZ22-009', 'KZ22-010']);
    expect(timeline.events).toEqual(sorted);
  });

  it('sorts unsorted input by start (synthetic events in tests and the bench) without changing the input', () => {
    const input = [a, c, b];
    const timeline = buildTimeline(input, regions, fixtureCities);
    expect(timeline.events.map((event) => event.id)).toEqual(['KZ22-003', 'KZ22-010', 'KZ22-009']);
    expect([...timeline.starts]).toEqual([...timeline.starts].sort((x, y) => x - y));
    expect(input.map((event) => event.id)).toEqual(['KZ22-010', 'KZ22-003', 'KZ22-009']);
  });

  it('takes an empty list', () => {
    expect(buildTimeline([], regions, fixtureCities).events).toEqual([]);
  });
});
