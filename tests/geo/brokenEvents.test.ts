import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEvents } from './checkEvents';
import { readGeoFile } from './readGeoJson';

const regions = readGeoFile('regions.geojson');
const cities = readGeoFile('cities.geojson');
const valid = readFileSync(new URL('../fixtures/in/events-valid.geojson', import.meta.url), 'utf8');

/** The valid fixture with one event changed by `mutate`. */
function broken(id: string, mutate: (properties: Record<string, unknown>, feature: Record<string, unknown>) => void) {
  const json = JSON.parse(valid) as { features: { id: string; properties: Record<string, unknown> }[] };
  const feature = json.features.find((f) => f.id === id)!;
  mutate(feature.properties, feature as unknown as Record<string, unknown>);
  return json;
}

describe('checkEvents(events, regions, cities) on broken fixtures', () => {
  it('passes the valid fixture', () => {
    expect(checkEvents(JSON.parse(valid), regions, cities)).toEqual([]);
  });

  it('names the event and field of a start without an offset', () => {
    const problems = checkEvents(broken('KZ22-002', (p) => (p.start = '2022-01-02T11:00')), regions, cities);
    expect(problems).toEqual([expect.stringMatching(/^events\.geojson: event KZ22-002: start must be ISO 8601 with an offset/)]);
  });

  it('names the event whose clock does not match its region (Zhanaozen ran on UTC+5)', () => {
    const problems = checkEvents(broken('KZ22-002', (p) => (p.start = '2022-01-02T12:00+06:00')), regions, cities);
    expect(problems).toEqual(['events.geojson: event KZ22-002: start has offset +06:00 but KZ-MAN ran on UTC+05:00 in January 2022']);
  });

  it('names a point far outside its region', () => {
    const problems = checkEvents(
      broken('KZ22-049', (_, f) => ((f.geometry as { coordinates: number[] }).coordinates = [71.45, 51.18])),
      regions,
      cities,
    );
    expect(problems).toEqual([expect.stringMatching(/^events\.geojson: event KZ22-049: geometry lies \d+\.\d km outside KZ-ALA/)]);
  });

  it('names an unknown city and a city in another region', () => {
    expect(checkEvents(broken('KZ22-002', (p) => (p.city = 'atlantis')), regions, cities)).toEqual([
      'events.geojson: event KZ22-002: city atlantis is not in cities.geojson',
    ]);
    expect(checkEvents(broken('KZ22-002', (p) => (p.city = 'almaty')), regions, cities)).toEqual([
      'events.geojson: event KZ22-002: city almaty lies in KZ-ALA, not KZ-MAN',
    ]);
  });

  it('names an end before its start', () => {
    const problems = checkEvents(broken('KZ22-002', (p) => (p.end = '2022-01-02T10:00+05:00')), regions, cities);
    expect(problems).toEqual(['events.geojson: event KZ22-002: end must be after start']);
  });

  it('names a malformed source URL', () => {
    const problems = checkEvents(
      broken('KZ22-035', (p) => ((p.sources as { url: string }[])[0]!.url = 'javascript:alert(1)')),
      regions,
      cities,
    );
    expect(problems).toEqual(['events.geojson: event KZ22-035: sources[0].url must be an http(s) URL']);
  });

  it('names a region outside the January 2022 set (Abai, KZ-10)', () => {
    const problems = checkEvents(broken('KZ22-049', (p) => (p.region = 'KZ-10')), regions, cities);
    expect(problems).toEqual(['events.geojson: event KZ22-049: region must be a January 2022 region id (got "KZ-10")']);
  });

  it('names a national event that was given a point', () => {
    const problems = checkEvents(broken('KZ22-035', (_, f) => (f.geometry = { type: 'Point', coordinates: [71.45, 51.18] })), regions, cities);
    expect(problems).toEqual(['events.geojson: event KZ22-035: geometry must be null for a national event']);
  });

  it('names a duplicate id', () => {
    const json = JSON.parse(valid) as { features: unknown[] };
    json.features.push(json.features[0]);
    expect(checkEvents(json, regions, cities)).toEqual(['events.geojson: event KZ22-002: duplicate id']);
  });

  it('names an unknown type and a figure that is not a number', () => {
    expect(checkEvents(broken('KZ22-002', (p) => (p.type = 'riot')), regions, cities)).toEqual([
      expect.stringMatching(/^events\.geojson: event KZ22-002: type must be one of "protest", "clash", .* \(got "riot"\)$/),
    ]);
    expect(checkEvents(broken('KZ22-049', (p) => (p.figures = { crowd: 'hundreds' })), regions, cities)).toEqual([
      'events.geojson: event KZ22-049: figures.crowd must be a number, {min, max} or a list of {value, by} claims',
    ]);
  });
});
