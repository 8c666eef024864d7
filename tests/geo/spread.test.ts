import { describe, expect, it } from 'vitest';
import { parseCities } from '../../src/data/parseCities';
import { parseFullEvents } from '../../src/data/parseEvents';
import { parseRegions } from '../../src/data/parseRegions';
import { buildSpreadIndex, spreadAt } from '../../src/spatial/spreadIndex';
import { buildTimeline } from '../../src/timeline/buildTimeline';
import { toInstant } from '../../src/timeline/instant';
import { nationalAt } from '../../src/timeline/nationalAt';
import { readGeoText } from './readGeoJson';

const regions = parseRegions(JSON.parse(readGeoText('regions.geojson')));
const cities = parseCities(JSON.parse(readGeoText('cities.geojson')));
const events = parseFullEvents(JSON.parse(readGeoText('events.geojson')));
const timeline = buildTimeline(events, regions, cities);
const zhanaozen = cities.features.find((city) => city.id === 'zhanaozen')!.geometry.coordinates as [number, number];
const index = buildSpreadIndex(timeline, regions, zhanaozen);
const endOf = (day: string) => toInstant(`${day}T00:00+06:00`) + 24 * 3_600_000;

describe('spreadAt(index, t) on the real data', () => {
  it('starts in Mangystau on 2 January, within 150 km of Zhanaozen', () => {
    const spread = spreadAt(index, endOf('2022-01-02'));
    expect(spread.order.map((join) => join.region)).toEqual(['KZ-MAN']);
    expect(spread.farthest!.km).toBeLessThan(150);
  });

  it('reaches the far east (over 1,500 km from Zhanaozen) and at least 15 regions by the end of 5 January', () => {
    const spread = spreadAt(index, endOf('2022-01-05'));
    expect(spread.regionsWithProtests).toBeGreaterThanOrEqual(15);
    expect(spread.farthest!.km).toBeGreaterThan(1500);
    expect(spread.areaShare).toBeGreaterThan(0.8);
  });

  it('keeps Mangystau first in the order regions joined', () => {
    expect(spreadAt(index, timeline.window.end).order[0]?.region).toBe('KZ-MAN');
  });
});

describe('nationalAt(timeline, t) on the real data', () => {
  it('has no toll before 9 January, then the 164 of 9 January marked as withdrawn until 15 January', () => {
    expect(nationalAt(timeline, endOf('2022-01-08')).deathToll).toBeNull();
    expect(nationalAt(timeline, endOf('2022-01-14')).deathToll).toMatchObject({ total: 164, status: 'retracted' });
  });
  it('reports 225 dead, 19 of them security personnel, from 15 January, with its source', () => {
    const toll = nationalAt(timeline, endOf('2022-01-15')).deathToll;
    expect(toll).toMatchObject({ total: 225, security: 19, status: 'official' });
    const reporting = events.find((event) => event.id === toll?.eventId);
    expect(reporting?.properties.sources[0]?.url).toMatch(/^https?:\/\//);
  });
});
