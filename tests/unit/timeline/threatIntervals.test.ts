import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FullEventFeature, ThreatChange } from '../../../src/data/eventTypes';
import type { RegionId } from '../../../src/data/types';
import { formatAlmatyMinute, toInstant, type Instant } from '../../../src/timeline/instant';
import { threatIntervalAt, threatIntervals, threatLevelAt, type ThreatInterval } from '../../../src/timeline/threatIntervals';
import { makeEvent } from './eventFixture';

const regions: RegionId[] = ['KZ-MAN', 'KZ-ALA', 'KZ-AST'];
const at = (iso: string) => toInstant(iso);

function threatEvent(id: string, start: string, threat: ThreatChange): FullEventFeature {
  return makeEvent(id, start, { scope: 'national', region: null, regions: threat.regions, city: null, locality: 'Nationwide', type: 'security-operation', threat });
}

/** The engine's inputs from a list of events already in time order. */
function intervalsOf(events: FullEventFeature[]) {
  return threatIntervals(events, Float64Array.from(events, (event) => at(event.properties.start)), regions);
}

// A synthetic story shaped like January 2022: red everywhere, two steps down, one lifting, and
// a lifting and a new level decided at the same instant (read in the events' order).
const story = [
  threatEvent('KZ22-086', '2022-01-06T12:00+06:00', { level: 'red', regions: ['KZ-MAN', 'KZ-ALA', 'KZ-AST'] }),
  threatEvent('KZ22-122', '2022-01-13T12:00+06:00', { level: 'none', regions: ['KZ-MAN', 'KZ-AST'] }),
  threatEvent('KZ22-200', '2022-01-13T12:00+06:00', { level: 'orange', regions: ['KZ-AST'] }),
  threatEvent('KZ22-205', '2022-01-26T00:00+06:00', { level: 'orange', regions: ['KZ-ALA'] }),
  threatEvent('KZ22-208', '2022-01-27T00:00+06:00', { level: 'none', regions: ['KZ-AST'] }),
];

function readable(intervals: Map<RegionId, ThreatInterval[]>) {
  const time = (t: number) => (Number.isFinite(t) ? formatAlmatyMinute(t as Instant) : t > 0 ? 'end' : 'start');
  return Object.fromEntries(
    [...intervals].map(([id, list]) => [id, list.map((i) => `[${time(i.start)}, ${time(i.end)}) ${i.level}${i.eventId ? ` (${i.eventId})` : ''}`)]),
  );
}

const goldenUrl = new URL('../../fixtures/out/threat-intervals.json', import.meta.url);

describe('threatIntervals(sorted, starts, regionIds)', () => {
  it('matches the golden per-region table of the synthetic story (REGEN=1 rewrites it)', () => {
    const actual = `${JSON.stringify(readable(intervalsOf(story)), null, 1)}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden threat table yet: run REGEN=1 npx vitest run tests/unit/timeline/threatIntervals.test.ts');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });

  it('gives every region one unbounded none when there are no threat events', () => {
    for (const list of intervalsOf([]).values()) expect(list).toEqual([{ start: -Infinity, end: Infinity, level: 'none', eventId: null }]);
  });

  it('tiles the whole axis without gaps or empty intervals in every region', () => {
    for (const [region, list] of intervalsOf(story)) {
      expect(list[0]?.start, region).toBe(-Infinity);
      expect(list.at(-1)?.end, region).toBe(Infinity);
      list.forEach((interval, i) => {
        expect(interval.start, `${region} #${i}`).toBeLessThan(interval.end);
        if (i > 0) expect(interval.start, `${region} #${i}`).toBe(list[i - 1]?.end);
        if (i > 0) expect(interval.level, `${region} #${i}`).not.toBe(list[i - 1]?.level);
      });
    }
  });

  it('keeps only the later of two changes at one instant (Nur-Sultan: red lifted, orange set)', () => {
    const ast = intervalsOf(story).get('KZ-AST') ?? [];
    expect(ast.map((i) => i.level)).toEqual(['none', 'red', 'orange', 'none']);
    expect(ast[2]).toMatchObject({ start: at('2022-01-13T12:00+06:00'), end: at('2022-01-27T00:00+06:00'), eventId: 'KZ22-200' });
  });

  it('merges back into the level before when a change at the same instant restores it', () => {
    const list = intervalsOf([
      threatEvent('KZ22-086', '2022-01-06T12:00+06:00', { level: 'red', regions: ['KZ-ALA'] }),
      threatEvent('KZ22-122', '2022-01-13T12:00+06:00', { level: 'none', regions: ['KZ-ALA'] }),
      threatEvent('KZ22-123', '2022-01-13T12:00+06:00', { level: 'red', regions: ['KZ-ALA'] }),
    ]).get('KZ-ALA');
    expect(list).toEqual([
      { start: -Infinity, end: at('2022-01-06T12:00+06:00'), level: 'none', eventId: null },
      { start: at('2022-01-06T12:00+06:00'), end: Infinity, level: 'red', eventId: 'KZ22-086' },
    ]);
  });

  it('extends the level in force when a change repeats it, keeping the event that set it', () => {
    const list = intervalsOf([
      threatEvent('KZ22-086', '2022-01-06T12:00+06:00', { level: 'red', regions: ['KZ-ALA'] }),
      threatEvent('KZ22-133', '2022-01-19T00:00+06:00', { level: 'red', regions: ['KZ-ALA'] }),
    ]).get('KZ-ALA');
    expect(list?.map((i) => i.eventId)).toEqual([null, 'KZ22-086']);
  });

  it('throws on an unknown region id, naming the event', () => {
    expect(() => intervalsOf([threatEvent('KZ22-300', '2022-01-06T12:00+06:00', { level: 'red', regions: ['KZ-PAV'] })])).toThrow(
      'event KZ22-300: threat names unknown region KZ-PAV',
    );
  });
});

describe('threatLevelAt(intervals, t)', () => {
  const ala = intervalsOf(story).get('KZ-ALA') ?? [];

  it('returns none before the first threat event', () => {
    expect(threatLevelAt(ala, at('2022-01-06T11:00+06:00'))).toBe('none');
  });

  it('returns the new level at the very instant of a change (half-open intervals)', () => {
    expect(threatLevelAt(ala, at('2022-01-06T12:00+06:00'))).toBe('red');
    expect(threatLevelAt(ala, at('2022-01-26T00:00+06:00') - 1)).toBe('red');
    expect(threatLevelAt(ala, at('2022-01-26T00:00+06:00'))).toBe('orange');
  });

  it('keeps the last level after the window', () => {
    expect(threatLevelAt(ala, at('2022-03-01T00:00+06:00'))).toBe('orange');
  });

  it('returns none for an empty list', () => {
    expect(threatLevelAt([], at('2022-01-10T00:00+06:00'))).toBe('none');
  });

  it('finds the interval and the event that set the level', () => {
    expect(threatIntervalAt(ala, at('2022-01-20T00:00+06:00')).eventId).toBe('KZ22-086');
  });
});
