import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../../src/data/parseRegions';
import { buildTimeline } from '../../../src/timeline/buildTimeline';
import { toInstant } from '../../../src/timeline/instant';
import { nationalAt } from '../../../src/timeline/nationalAt';
import { placeStatusAt } from '../../../src/timeline/placeStatusAt';
import { regionStatusAt, regionStatusOf } from '../../../src/timeline/regionStatusAt';
import { makeRegionCollection } from '../data/regionFixture';
import { fixtureCities, makeEmergencyDecree, makeEvent } from './eventFixture';

const regions = parseRegions(makeRegionCollection());
const at = (iso: string) => toInstant(iso);

const protest = makeEvent('KZ22-002', '2022-01-02T11:00+05:00');
const clash = makeEvent('KZ22-020', '2022-01-04T22:00+06:00', { region: 'KZ-ALA', city: 'almaty', locality: 'Almaty', type: 'clash' });
const decree = makeEmergencyDecree();
const lifting = makeEvent('KZ22-139', '2022-01-19T00:00+06:00', {
  type: 'government-decision',
  emergency: { action: 'lifted', regions: ['KZ-MAN'] },
});
const timeline = buildTimeline([lifting, clash, decree, protest], regions, fixtureCities);

describe('regionStatusAt(timeline, t, mode)', () => {
  it("returns 'calm' everywhere before the first event", () => {
    const statuses = regionStatusAt(timeline, at('2022-01-02T10:59+05:00'), 'cumulative');
    expect(statuses.size).toBe(17);
    expect([...statuses.values()].every((status) => status.level === 'calm' && status.eventsSoFar === 0 && status.firstEvent === null)).toBe(true);
  });

  it('includes an event exactly at its instant', () => {
    const status = regionStatusOf(timeline, 'KZ-MAN', at('2022-01-02T11:00+05:00'), 'cumulative');
    expect(status).toMatchObject({ level: 'protest', eventsSoFar: 1, firstEvent: at('2022-01-02T11:00+05:00') });
  });

  it("keeps the highest level reached in 'cumulative' mode but lets it fade after 24 h in 'current' mode", () => {
    const nextDay = at('2022-01-03T11:00+05:00');
    expect(regionStatusOf(timeline, 'KZ-MAN', nextDay - 1, 'current').level).toBe('protest');
    expect(regionStatusOf(timeline, 'KZ-MAN', nextDay, 'current').level).toBe('calm');
    expect(regionStatusOf(timeline, 'KZ-MAN', nextDay, 'cumulative').level).toBe('protest');
  });

  it('counts events so far and in the trailing 24 h', () => {
    const status = regionStatusOf(timeline, 'KZ-MAN', at('2022-01-03T12:00+05:00'), 'cumulative');
    expect(status).toMatchObject({ eventsSoFar: 1, eventsLast24h: 0 });
  });

  it("raises 'violence' for a clash", () => {
    expect(regionStatusOf(timeline, 'KZ-ALA', at('2022-01-04T22:00+06:00'), 'cumulative').level).toBe('violence');
    expect(regionStatusOf(timeline, 'KZ-ALA', at('2022-01-04T21:59+06:00'), 'cumulative').level).toBe('calm');
  });

  it('puts a region under emergency from its declaration up to, not including, its lifting', () => {
    expect(regionStatusOf(timeline, 'KZ-MAN', at('2022-01-05T01:29+06:00'), 'cumulative').emergency).toBe(false);
    expect(regionStatusOf(timeline, 'KZ-MAN', at('2022-01-05T01:30+06:00'), 'cumulative').emergency).toBe(true);
    expect(regionStatusOf(timeline, 'KZ-MAN', at('2022-01-18T23:59+06:00'), 'cumulative').emergency).toBe(true);
    expect(regionStatusOf(timeline, 'KZ-MAN', at('2022-01-19T00:00+06:00'), 'cumulative').emergency).toBe(false);
  });

  it('leaves an emergency without a lifting in force to the end', () => {
    expect(regionStatusOf(timeline, 'KZ-ALA', at('2022-01-25T00:00+06:00'), 'cumulative').emergency).toBe(true);
  });

  it('throws a clear error for an unknown region id', () => {
    expect(() => regionStatusOf(timeline, 'KZ-10', at('2022-01-05T00:00+06:00'), 'cumulative')).toThrow('unknown region id "KZ-10"');
  });
});

describe('national events', () => {
  it('raise no region and are counted apart', () => {
    const t = at('2022-01-05T02:00+06:00');
    expect(regionStatusOf(timeline, 'KZ-AST', t, 'cumulative')).toMatchObject({ level: 'calm', eventsSoFar: 0 });
    expect(nationalAt(timeline, t)).toMatchObject({ eventsSoFar: 1, eventsLast24h: 1, deathToll: null });
  });
});

describe('overlapping emergencies', () => {
  it('merge into one interval that the first lifting ends', () => {
    const second = makeEvent('KZ22-040', '2022-01-05T16:00+06:00', {
      type: 'government-decision',
      emergency: { action: 'declared', regions: ['KZ-MAN'] },
    });
    const overlapping = buildTimeline([decree, second, lifting], regions, fixtureCities);
    expect(overlapping.regions.get('KZ-MAN')?.emergency).toEqual([{ start: at('2022-01-05T01:30+06:00'), end: at('2022-01-19T00:00+06:00') }]);
  });
  it('a lifting with none in force is a data error naming the event', () => {
    expect(() => buildTimeline([lifting], regions, fixtureCities)).toThrow('event KZ22-139: emergency lifted in KZ-MAN, where none was in force');
  });
});

describe('buildTimeline(events, regions, cities)', () => {
  it('throws on an event in an unknown region', () => {
    const bad = makeEvent('KZ22-099', '2022-01-05T12:00+06:00', { region: 'KZ-33' as never });
    expect(() => buildTimeline([bad], regions, fixtureCities)).toThrow('event KZ22-099: unknown region KZ-33');
  });
  it('throws on an unknown city', () => {
    const bad = makeEvent('KZ22-098', '2022-01-05T12:00+06:00', { city: 'atlantis' });
    expect(() => buildTimeline([bad], regions, fixtureCities)).toThrow('event KZ22-098: unknown city atlantis');
  });
  it('gives an empty dataset a one-day window and calm regions', () => {
    const empty = buildTimeline([], regions, fixtureCities);
    expect(empty.window).toEqual({ start: at('2022-01-01T00:00+06:00'), end: at('2022-01-02T00:00+06:00') });
    expect([...regionStatusAt(empty, empty.window.end, 'cumulative').values()].every((s) => s.level === 'calm')).toBe(true);
    expect(nationalAt(empty, empty.window.end)).toEqual({ eventsSoFar: 0, eventsLast24h: 0, deathToll: null });
  });
  it('ends the window at 24:00 Almaty time of the last event’s day', () => {
    expect(timeline.window.end).toBe(at('2022-01-20T00:00+06:00'));
  });
  it('keeps places that are not cities under their own slug', () => {
    const airport = makeEvent('KZ22-049', '2022-01-05T19:00+06:00', {
      region: 'KZ-ALA',
      city: null,
      locality: 'Almaty International Airport',
      type: 'property-attack',
    });
    const places = placeStatusAt(buildTimeline([airport], regions, fixtureCities), at('2022-01-06T00:00+06:00'), 'cumulative');
    expect(places.get('almaty-international-airport')).toMatchObject({ level: 'violence', place: { isCity: false } });
  });
});

describe('a day with no events', () => {
  it("is calm in 'current' mode and unchanged in 'cumulative' mode", () => {
    const quiet = at('2022-01-10T12:00+06:00');
    expect(regionStatusOf(timeline, 'KZ-ALA', quiet, 'current').level).toBe('calm');
    expect(regionStatusOf(timeline, 'KZ-ALA', quiet, 'cumulative').level).toBe('violence');
  });
});

describe('death tolls', () => {
  it('report the latest official figure as it stood, a withdrawn one with its status until the next', () => {
    const national = { scope: 'national' as const, region: null, regions: regions.features.map((f) => f.id), city: null, locality: 'Nationwide', type: 'casualties' as const };
    const retracted = makeEvent('KZ22-110', '2022-01-09T12:00+06:00', { ...national, death_toll: { total: 164, by: 'Health Ministry', status: 'retracted' } });
    const official = makeEvent('KZ22-129', '2022-01-15T12:00+06:00', { ...national, death_toll: { total: 225, security: 19, by: 'Prosecutor-General', status: 'official' } });
    const tolls = buildTimeline([retracted, official], regions, fixtureCities);
    expect(nationalAt(tolls, at('2022-01-09T11:00+06:00')).deathToll).toBeNull();
    expect(nationalAt(tolls, at('2022-01-10T00:00+06:00')).deathToll).toMatchObject({ total: 164, status: 'retracted', eventId: 'KZ22-110' });
    expect(nationalAt(tolls, at('2022-01-15T12:00+06:00')).deathToll).toMatchObject({ total: 225, security: 19, eventId: 'KZ22-129' });
  });
});
