import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../../src/data/eventTypes';
import type { PlaceReach } from '../../../src/spatial/spreadIndex';
import { beatAt, sameBeat, type BeatSource } from '../../../src/scene/beatAt';
import type { Place } from '../../../src/timeline/buildTimeline';
import { hourMs, toInstant, type Instant } from '../../../src/timeline/instant';
import type { KeyMoment } from '../../../src/timeline/keyMoments';
import { storyWindow } from '../../../src/timeline/storyWindow';

const at = (iso: string) => toInstant(iso);
const place = (id: string, isCity = true) => ({ id, name: id, isCity }) as Place;
const event = (id: string, start: string, precision: 'exact' | 'unknown', city: string | null = null) =>
  ({ id, properties: { id, start, time_precision: precision, city, locality: city ?? id } }) as unknown as EventFeature;

const events = [
  event('E1', '2022-01-02T12:00+06:00', 'exact', 'zhanaozen'),
  event('E2', '2022-01-03T12:00+06:00', 'unknown', 'aktau'),
  event('E3', '2022-01-03T12:00+06:00', 'unknown', 'almaty'),
  event('M1', '2022-01-05T01:30+06:00', 'exact'),
  event('M2', '2022-01-05T19:00+06:00', 'unknown'),
  event('M3', '2022-01-05T19:00+06:00', 'unknown'),
  event('E4', '2022-01-05T21:00+06:00', 'exact', 'taraz'),
];
const moments: KeyMoment[] = [
  { id: 'first-protest', event: 'E1', priority: 1, t: at('2022-01-02T12:00+06:00') },
  { id: 'emergency', event: 'M1', priority: 3, t: at('2022-01-05T01:30+06:00') },
  { id: 'nationwide-emergency', event: 'M2', priority: 4, t: at('2022-01-05T19:00+06:00') },
  { id: 'airport', event: 'M3', priority: 5, t: at('2022-01-05T19:00+06:00') },
];
const reaches: PlaceReach[] = [
  { place: place('zhanaozen'), t: at('2022-01-02T12:00+06:00'), km: 0 },
  { place: place('aktau'), t: at('2022-01-03T12:00+06:00'), km: 150 },
  { place: place('almaty'), t: at('2022-01-03T12:00+06:00'), km: 2000 },
  { place: place('taraz'), t: at('2022-01-05T21:00+06:00'), km: 1600 },
];
const starts = Float64Array.from(events, (e) => at(e.properties.start));
const source: BeatSource = {
  keyMoments: moments,
  eventsById: new Map(events.map((e) => [e.id, e])),
  reaches,
  reachStarts: Float64Array.from(reaches, (r) => r.t),
  timeline: { events, starts, window: storyWindow(starts[starts.length - 1] as Instant) },
};

describe('beatAt(source, t)', () => {
  it('is null before anything happened', () => {
    expect(beatAt(source, at('2022-01-02T11:00+06:00'))).toBeNull();
  });
  it('names the key moment from its instant on, with its clock when the source gives one', () => {
    expect(beatAt(source, at('2022-01-02T12:00+06:00'))).toMatchObject({ kind: 'moment', exactTime: true, moments: [{ id: 'first-protest' }] });
  });
  it('names new places once the key moment is older than the hold, all places reached at that instant', () => {
    const beat = beatAt(source, at('2022-01-03T13:00+06:00'));
    expect(beat).toMatchObject({ kind: 'reach', exactTime: false });
    expect(beat?.kind === 'reach' && beat.places.map((p) => p.id)).toEqual(['aktau', 'almaty']);
  });
  it('keeps a fresh key moment against a newer place (the story’s turns outrank its spread)', () => {
    expect(beatAt(source, at('2022-01-05T22:00+06:00'))).toMatchObject({ kind: 'moment', t: at('2022-01-05T19:00+06:00') });
    expect(beatAt(source, at('2022-01-05T22:00+06:00'), 0)).toMatchObject({ kind: 'reach', t: at('2022-01-05T21:00+06:00') });
  });
  it('groups key moments at the same instant into one beat', () => {
    const beat = beatAt(source, at('2022-01-05T19:00+06:00'));
    expect(beat?.kind === 'moment' && beat.moments.map((m) => m.id)).toEqual(['nationwide-emergency', 'airport']);
  });
  it('sums the record up at the end of the window', () => {
    expect(beatAt(source, source.timeline.window.end)).toEqual({ kind: 'summary', from: starts[0], to: starts[starts.length - 1] });
  });
  it('falls back to the key moment when no place joined (a filter without protests)', () => {
    const noReach = { ...source, reaches: [], reachStarts: new Float64Array() };
    expect(beatAt(noReach, at('2022-01-04T00:00+06:00'))).toMatchObject({ kind: 'moment', moments: [{ id: 'first-protest' }] });
  });
});

describe('sameBeat(a, b)', () => {
  it('tells the same beat at two instants apart from a new one', () => {
    const a = beatAt(source, at('2022-01-05T02:00+06:00'));
    expect(sameBeat(a, beatAt(source, at('2022-01-05T03:00+06:00')))).toBe(true);
    expect(sameBeat(a, beatAt(source, at('2022-01-05T19:00+06:00')))).toBe(false);
    expect(sameBeat(null, null)).toBe(true);
    expect(sameBeat(a, null)).toBe(false);
    expect(sameBeat(beatAt(source, source.timeline.window.end), beatAt(source, source.timeline.window.end + hourMs))).toBe(true);
  });
});
