import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { threatEventTypes, threatLevels } from '../../src/data/eventSchema';
import { parseCities } from '../../src/data/parseCities';
import { parseFullEvents } from '../../src/data/parseEvents';
import { parseRegions } from '../../src/data/parseRegions';
import { regionIds2022 } from '../../src/data/types';
import { buildTimeline } from '../../src/timeline/buildTimeline';
import { formatAlmatyMinute, toInstant, type Instant } from '../../src/timeline/instant';
import { regionStatusAt } from '../../src/timeline/regionStatusAt';
import { readGeoText } from './readGeoJson';

const events = parseFullEvents(JSON.parse(readGeoText('events.geojson')));
const timeline = buildTimeline(events, parseRegions(JSON.parse(readGeoText('regions.geojson'))), parseCities(JSON.parse(readGeoText('cities.geojson'))));
const byId = new Map(events.map((event) => [event.id, event.properties]));
const endOf = (day: string) => toInstant(`${day}T00:00+06:00`) + 24 * 3_600_000;
const threatAt = (t: number) => Object.fromEntries([...regionStatusAt(timeline, t, 'cumulative')].map(([id, s]) => [id, s.threat]));

/** Each region's intervals as readable lines with the event that set each level. */
function readableRegime() {
  const time = (t: number) => (Number.isFinite(t) ? formatAlmatyMinute(t as Instant) : t > 0 ? 'end' : 'start');
  return Object.fromEntries(
    [...timeline.regions].map(([id, track]) => [id, track.threat.map((i) => `[${time(i.start)}, ${time(i.end)}) ${i.level}${i.eventId ? ` (${i.eventId})` : ''}`)]),
  );
}

const goldenUrl = new URL('../fixtures/out/threat-regime.json', import.meta.url);

describe('the terrorism-threat regime in geo/events.geojson', () => {
  it('matches the golden per-region table (REGEN=1 rewrites it, so a data change shows as a diff)', () => {
    const actual = `${JSON.stringify(readableRegime(), null, 1)}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden regime yet: run REGEN=1 npx vitest run tests/geo/threatRegime.test.ts');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });

  it('puts threat changes only on security operations and decisions, with known levels and regions', () => {
    const changes = events.filter((event) => event.properties.threat);
    expect(changes.length).toBeGreaterThan(0);
    for (const { properties: p } of changes) {
      expect(threatEventTypes as readonly string[], p.id).toContain(p.type);
      expect(threatLevels as readonly string[], p.id).toContain(p.threat?.level);
      for (const region of p.threat?.regions ?? []) expect(regionIds2022 as readonly string[], p.id).toContain(region);
    }
  });

  it('sources every change of level: each interval after the first was set by an event with an https source', () => {
    for (const [region, track] of timeline.regions) {
      for (const interval of track.threat.slice(1)) {
        const event = interval.eventId ? byId.get(interval.eventId) : undefined;
        expect(event, `${region} ${interval.level}`).toBeDefined();
        expect(event?.sources.some((source) => source.url.startsWith('https://')), `${region} ${interval.eventId}`).toBe(true);
      }
    }
  });

  it('gives every region a known level at every instant: intervals tile the axis with no gap', () => {
    for (const [region, track] of timeline.regions) {
      expect(track.threat[0]?.start, region).toBe(-Infinity);
      expect(track.threat.at(-1)?.end, region).toBe(Infinity);
      track.threat.forEach((interval, i) => {
        expect(interval.start, region).toBeLessThan(interval.end);
        if (i > 0) expect(interval.start, region).toBe(track.threat[i - 1]?.end);
      });
    }
  });

  it('has no level anywhere before 6 January, and red in all 17 units at the end of 8 January', () => {
    expect(new Set(Object.values(threatAt(endOf('2022-01-05'))))).toEqual(new Set(['none']));
    expect(new Set(Object.values(threatAt(endOf('2022-01-08'))))).toEqual(new Set(['red']));
  });

  it('keeps red in Almaty city, Almaty Region and Zhambyl after 13 January, with orange in Nur-Sultan and Shymkent', () => {
    const levels = threatAt(endOf('2022-01-14'));
    expect([levels['KZ-ALA'], levels['KZ-ALM'], levels['KZ-ZHA']]).toEqual(['red', 'red', 'red']);
    expect([levels['KZ-AST'], levels['KZ-SHY']]).toEqual(['orange', 'orange']);
    expect([levels['KZ-AKM'], levels['KZ-KAR'], levels['KZ-PAV'], levels['KZ-SEV'], levels['KZ-ZAP']]).toEqual(['yellow', 'yellow', 'yellow', 'yellow', 'yellow']);
    expect([levels['KZ-MAN'], levels['KZ-ATY'], levels['KZ-AKT'], levels['KZ-KZY']]).toEqual(['none', 'none', 'none', 'none']);
  });

  it('steps Almaty down from red to orange at 00:00 on 26 January, not before', () => {
    const midnight = toInstant('2022-01-26T00:00+06:00');
    expect(threatAt(midnight - 1)['KZ-ALA']).toBe('red');
    expect(threatAt(midnight)['KZ-ALA']).toBe('orange');
  });

  it('leaves only the three orange units once Nur-Sultan and West Kazakhstan are lifted (end of 28 January)', () => {
    const atOrange = Object.entries(threatAt(endOf('2022-01-28'))).filter(([, level]) => level !== 'none');
    expect(atOrange).toEqual([['KZ-ALM', 'orange'], ['KZ-ZHA', 'orange'], ['KZ-ALA', 'orange']].sort((a, b) => regionIds2022.indexOf(a[0] as never) - regionIds2022.indexOf(b[0] as never)));
  });
});
