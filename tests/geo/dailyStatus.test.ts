import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCities } from '../../src/data/parseCities';
import { parseEvents } from '../../src/data/parseEvents';
import { parseRegions } from '../../src/data/parseRegions';
import { buildTimeline } from '../../src/timeline/buildTimeline';
import { dailyStatusTable } from '../../src/timeline/dailyStatusTable';
import { toInstant } from '../../src/timeline/instant';
import { regionStatusAt } from '../../src/timeline/regionStatusAt';
import { readGeoText } from './readGeoJson';

const timeline = buildTimeline(
  parseEvents(JSON.parse(readGeoText('events.geojson'))).features,
  parseRegions(JSON.parse(readGeoText('regions.geojson'))),
  parseCities(JSON.parse(readGeoText('cities.geojson'))),
);

/** "protest, emergency, threat red, 3 events" per region: one readable line each in the golden file. */
function readableTable() {
  return dailyStatusTable(timeline, 'cumulative').map((row) => ({
    end_of: row.day,
    regions: Object.fromEntries(
      Object.entries(row.regions).map(([id, s]) => [id, `${s.level}${s.emergency ? ', emergency' : ''}${s.threat === 'none' ? '' : `, threat ${s.threat}`}, ${s.events} events`]),
    ),
  }));
}

const goldenUrl = new URL('../fixtures/out/daily-status-cumulative.json', import.meta.url);

describe('dailyStatusTable(timeline, "cumulative") on the real data', () => {
  it('matches the golden end-of-day table (REGEN=1 rewrites it, so a data change shows as a diff)', () => {
    const actual = `${JSON.stringify(readableTable(), null, 1)}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden table yet: run REGEN=1 npx vitest run tests/geo/dailyStatus.test.ts');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });
});

describe('the real data agrees with the research', () => {
  const endOf = (day: string) => toInstant(`${day}T00:00+06:00`) + 24 * 3_600_000;

  it('has Mangystau at protest at the end of 2 January while Almaty city is calm', () => {
    const statuses = regionStatusAt(timeline, endOf('2022-01-02'), 'cumulative');
    expect(statuses.get('KZ-MAN')?.level).toBe('protest');
    expect(statuses.get('KZ-ALA')?.level).toBe('calm');
  });

  it('has all 17 units under a state of emergency at the end of 5 January', () => {
    const statuses = regionStatusAt(timeline, endOf('2022-01-05'), 'cumulative');
    expect([...statuses].filter(([, s]) => !s.emergency).map(([id]) => id)).toEqual([]);
  });

  it('has none under emergency at 00:00 on 19 January (half-open intervals)', () => {
    const statuses = regionStatusAt(timeline, toInstant('2022-01-19T00:00+06:00'), 'cumulative');
    expect([...statuses].filter(([, s]) => s.emergency).map(([id]) => id)).toEqual([]);
    const before = regionStatusAt(timeline, toInstant('2022-01-18T23:59+06:00'), 'cumulative');
    expect(before.get('KZ-ALA')?.emergency).toBe(true);
  });

  it('puts the first emergencies, Mangystau and Almaty city, at 01:30 capital time on 5 January', () => {
    expect(timeline.regions.get('KZ-MAN')?.emergency[0]?.start).toBe(toInstant('2022-01-05T01:30+06:00'));
    expect(timeline.regions.get('KZ-ALA')?.emergency[0]?.start).toBe(toInstant('2022-01-05T01:30+06:00'));
    expect(timeline.regions.get('KZ-ALM')?.emergency[0]?.start).toBe(toInstant('2022-01-05T12:30+06:00'));
    expect(timeline.regions.get('KZ-AST')?.emergency[0]?.start).toBe(toInstant('2022-01-05T16:00+06:00'));
  });
});
