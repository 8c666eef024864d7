import { describe, expect, it } from 'vitest';
import { parseCities } from '../../src/data/parseCities';
import { parseFullEvents } from '../../src/data/parseEvents';
import { parseRegions } from '../../src/data/parseRegions';
import { regionIds2022 } from '../../src/data/types';
import { buildTimeline } from '../../src/timeline/buildTimeline';
import { keyMomentsIn } from '../../src/timeline/keyMoments';
import { checkEvents } from './checkEvents';
import { readGeoFile, readGeoText } from './readGeoJson';

const regions = readGeoFile('regions.geojson');
const cities = readGeoFile('cities.geojson');
const eventsJson: unknown = JSON.parse(readGeoText('events.geojson'));
const events = parseFullEvents(eventsJson);

/** The conversion record says how many research rows were kept as events. */
function recordedEventCount(): number {
  const record = readGeoText('events-conversion.md');
  const match = /events in geo\/events\.geojson:\s*\*{0,2}(\d+)/i.exec(record);
  if (!match?.[1]) throw new Error('geo/events-conversion.md does not state "events in geo/events.geojson: N"');
  return Number(match[1]);
}

describe('geo/events.geojson', () => {
  it('passes every check against regions and cities', () => {
    expect(checkEvents(eventsJson, regions, cities)).toEqual([]);
  });

  it('holds as many events as the conversion record says were kept', () => {
    expect(events).toHaveLength(recordedEventCount());
  });

  it('accounts for every research row KZ22-001 … KZ22-141 in the conversion record', () => {
    const record = readGeoText('events-conversion.md');
    const missing = Array.from({ length: 141 }, (_, i) => `KZ22-${String(i + 1).padStart(3, '0')}`).filter((id) => !record.includes(id));
    expect(missing).toEqual([]);
  });

  it('gives every event a date, a place, a type and at least one source URL', () => {
    for (const { properties: p } of events) {
      expect(p.start, p.id).toMatch(/^2022-01-\d{2}T/);
      expect(p.locality.length, p.id).toBeGreaterThan(0);
      expect(p.type, p.id).toBeTruthy();
      expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
  });

  it('gives every one of the 17 regions exactly one declaration and one lifting of the emergency', () => {
    const changes = new Map(regionIds2022.map((id) => [id, { declared: 0, lifted: 0 }]));
    for (const { properties: p } of events) {
      for (const region of p.emergency?.regions ?? []) changes.get(region)![p.emergency!.action] += 1;
    }
    for (const [region, count] of changes) expect(count, region).toEqual({ declared: 1, lifted: 1 });
  });

  it('builds a timeline without errors', () => {
    expect(() => buildTimeline(events, parseRegions(regions), parseCities(cities))).not.toThrow();
  });

  it('marks facts that rest only on reposts with `via`, never as the original publisher alone', () => {
    const repostHosts = ['pledgetimes.com', 'tirek.info', 'asiatoday.co', 'theglobaleye.it', 'gixtools.net', 'hwbhost.com'];
    for (const { properties: p } of events) {
      for (const source of p.sources) {
        const host = new URL(source.url).hostname.replace(/^www\./, '');
        if (repostHosts.includes(host)) expect(source.via, `${p.id} ${source.url}`).toBeTruthy();
      }
    }
  });
});

describe('key moments follow the record', () => {
  it('mark each moment at its own event, in time order (a corrected time moves its mark)', () => {
    const moments = keyMomentsIn(events);
    expect(moments.map((moment) => moment.id).slice(0, 3)).toEqual(['first-protest', 'emergency', 'government-resigns']);
  });
});
