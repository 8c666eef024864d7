import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/dataError';
import type { FullEventProperties } from '../../../src/data/eventTypes';
import { parseEvents } from '../../../src/data/parseEvents';
import { makeEvent } from '../timeline/eventFixture';

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const one = (start: string, overrides: Partial<FullEventProperties> = {}) => collection(makeEvent('KZ22-002', start, overrides));

/** The DataError parseEvents throws for `json` (fails the test if it throws nothing or something else). */
function refusal(json: unknown): DataError {
  try {
    parseEvents(json);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('parseEvents accepted the input');
}

describe('parseEvents(json) on times', () => {
  it('refuses 2022-02-30 in start naming the file, the event and the field', () => {
    const error = refusal(one('2022-02-30T10:00+05:00'));
    expect(error.file).toBe('events.geojson');
    expect(error.message).toBe('events.geojson: event KZ22-002: start must be a real calendar date and time (got "2022-02-30T10:00+05:00")');
  });

  it('refuses 2022-02-30 in end naming the event and the field, as a DataError and not a RangeError', () => {
    expect(refusal(one('2022-01-02T11:00+05:00', { end: '2022-02-30T10:00+05:00' })).message).toBe(
      'events.geojson: event KZ22-002: end must be a real calendar date and time (got "2022-02-30T10:00+05:00")',
    );
  });

  it('refuses hour 24 (toInstant does not take 24:00 for the next midnight) and hour 25', () => {
    expect(refusal(one('2022-01-02T24:00+05:00')).message).toMatch(/^events\.geojson: event KZ22-002: start must be a real calendar date and time/);
    expect(refusal(one('2022-01-02T25:00+05:00')).message).toMatch(/: start must be a real calendar date and time/);
  });

  it('refuses a start without an offset, which would depend on the reader’s zone', () => {
    expect(refusal(one('2022-01-02T11:00')).message).toBe(
      'events.geojson: event KZ22-002: start must be ISO 8601 with an offset, e.g. 2022-01-05T01:30+06:00 (got "2022-01-02T11:00")',
    );
  });

  it('refuses a missing start and an end that is not a string', () => {
    const noStart = makeEvent('KZ22-002', '2022-01-02T11:00+05:00') as unknown as { properties: Record<string, unknown> };
    delete noStart.properties.start;
    expect(refusal(collection(noStart)).message).toMatch(/: start must be ISO 8601 with an offset, e\.g\. 2022-01-05T01:30\+06:00 \(missing\)$/);
    expect(refusal(one('2022-01-02T11:00+05:00', { end: 5 as never })).message).toMatch(/: end must be ISO 8601 with an offset.* \(got 5\)$/);
  });

  it('refuses an end before its start, and one equal to it, comparing instants across clocks', () => {
    expect(refusal(one('2022-01-02T11:00+05:00', { end: '2022-01-02T10:00+05:00' })).message).toBe(
      'events.geojson: event KZ22-002: end must be after start',
    );
    // 11:30 in Nur-Sultan is 10:30 in Zhanaozen: before the 11:00 start, though the text is later.
    expect(refusal(one('2022-01-02T11:00+05:00', { end: '2022-01-02T11:30+06:00' })).message).toMatch(/: end must be after start$/);
    expect(refusal(one('2022-01-02T11:00+05:00', { end: '2022-01-02T12:00+06:00' })).message).toMatch(/: end must be after start$/);
  });

  it('accepts an end after its start, seconds and the Z clock', () => {
    const parsed = parseEvents(one('2022-01-02T11:00:30Z', { end: '2022-01-02T18:00+05:00' }));
    expect(parsed.features[0]?.properties.end).toBe('2022-01-02T18:00+05:00');
  });
});

describe('parseEvents(json) order', () => {
  it('returns events sorted by instant, not by the text of start', () => {
    // 00:30 in Aktau (UTC+5) is 01:30 in Almaty: after 01:00 Almaty time.
    const json = collection(
      makeEvent('KZ22-001', '2022-01-05T00:30+05:00'),
      makeEvent('KZ22-003', '2022-01-05T01:00+06:00'),
      makeEvent('KZ22-002', '2022-01-04T12:00+06:00'),
    );
    expect(parseEvents(json).features.map((event) => event.id)).toEqual(['KZ22-002', 'KZ22-003', 'KZ22-001']);
  });

  it('breaks ties at the same instant by id', () => {
    const json = collection(makeEvent('KZ22-010', '2022-01-05T01:00+06:00'), makeEvent('KZ22-009', '2022-01-05T00:00+05:00'));
    expect(parseEvents(json).features.map((event) => event.id)).toEqual(['KZ22-009', 'KZ22-010']);
  });
});

describe('parseEvents(json) on fields from eventSchema.ts', () => {
  it('refuses an unknown type, listing the slugs', () => {
    expect(refusal(one('2022-01-02T11:00+05:00', { type: 'riot' as never })).message).toBe(
      'events.geojson: event KZ22-002: type must be one of "protest", "clash", "property-attack", "security-operation", ' +
        '"casualties", "government-decision", "shutdown", "foreign-deployment" (got "riot")',
    );
  });

  it('refuses a confidence, a time precision or a scope outside their lists', () => {
    expect(refusal(one('2022-01-02T11:00+05:00', { confidence: 'certain' as never })).message).toMatch(
      /: confidence must be one of "high", "medium", "low" \(got "certain"\)$/,
    );
    expect(refusal(one('2022-01-02T11:00+05:00', { time_precision: 'dawn' as never })).message).toMatch(/: time_precision must be one of "exact"/);
    expect(refusal(one('2022-01-02T11:00+05:00', { scope: 'regional' as never })).message).toMatch(/: scope must be one of "local", "national"/);
  });

  it('refuses a local event without a region, and a city that is not a slug', () => {
    expect(refusal(one('2022-01-02T11:00+05:00', { region: null })).message).toBe(
      'events.geojson: event KZ22-002: region must be a January 2022 region id for a local event',
    );
    expect(refusal(one('2022-01-02T11:00+05:00', { city: 'Zhana Ozen' })).message).toBe(
      'events.geojson: event KZ22-002: city must be a cities.geojson id or null (got "Zhana Ozen")',
    );
  });

  it('refuses an emergency action and a death-toll status outside their lists', () => {
    const decision = { type: 'government-decision' as const };
    expect(refusal(one('2022-01-02T11:00+05:00', { ...decision, emergency: { action: 'extended' as never, regions: ['KZ-MAN'] } })).message).toMatch(
      /: emergency\.action must be declared or lifted$/,
    );
    expect(refusal(one('2022-01-02T11:00+05:00', { death_toll: { total: 1, by: 'X', status: 'rumour' as never } })).message).toMatch(
      /: death_toll\.status must be official or retracted$/,
    );
  });

  it('accepts a threat change on a security operation and on a government decision', () => {
    for (const type of ['security-operation', 'government-decision'] as const) {
      const [event] = parseEvents(one('2022-01-06T12:00+06:00', { type, threat: { level: 'red', regions: ['KZ-MAN', 'KZ-ALA'] } })).features;
      expect(event?.properties.threat).toEqual({ level: 'red', regions: ['KZ-MAN', 'KZ-ALA'] });
    }
  });

  it('refuses a threat level outside red, orange, yellow and none', () => {
    expect(refusal(one('2022-01-06T12:00+06:00', { type: 'security-operation', threat: { level: 'blue' as never, regions: ['KZ-MAN'] } })).message).toMatch(
      /: threat\.level must be red, orange, yellow, none$/,
    );
  });

  it('refuses a threat naming no region, an unknown region, or one region twice', () => {
    const op = { type: 'security-operation' as const };
    for (const regions of [[], ['KZ-TUR'], ['KZ-MAN', 'KZ-MAN']]) {
      expect(refusal(one('2022-01-06T12:00+06:00', { ...op, threat: { level: 'red', regions: regions as never } })).message).toMatch(
        /: threat\.regions must list distinct January 2022 region ids$/,
      );
    }
  });

  it('refuses a threat change on an event type other than a security operation or a decision', () => {
    expect(refusal(one('2022-01-06T12:00+06:00', { type: 'protest', threat: { level: 'red', regions: ['KZ-MAN'] } })).message).toMatch(
      /: threat belongs on security-operation or government-decision events only$/,
    );
  });
});
