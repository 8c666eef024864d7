import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/dataError';
import { parseCities } from '../../../src/data/parseCities';
import { parseEvents, parseFullEvents } from '../../../src/data/parseEvents';
import { parseRegions } from '../../../src/data/parseRegions';
import { makeEvent } from '../timeline/eventFixture';
import { makeRegionCollection } from './regionFixture';

/** Runs `parse` and reports how it ended: a DataError is a clean refusal, anything else a bug. */
function outcome(parse: (json: unknown) => unknown, json: unknown): 'ok' | 'refused' {
  try {
    parse(json);
    return 'ok';
  } catch (error) {
    if (error instanceof DataError) return 'refused';
    throw error;
  }
}

const parsers = { parseRegions, parseCities, parseEvents };
const runs = { numRuns: 300, seed: 2022 };

describe('parsers on arbitrary JSON (fast-check, seeded)', () => {
  for (const [name, parse] of Object.entries(parsers)) {
    it(`${name} never throws anything but a DataError`, () => {
      fc.assert(fc.property(fc.jsonValue(), (json) => ['ok', 'refused'].includes(outcome(parse, json))), runs);
    });
    it(`${name} refuses feature collections of random features with a DataError`, () => {
      const feature = fc.record({ type: fc.constant('Feature'), id: fc.jsonValue(), properties: fc.jsonValue(), geometry: fc.jsonValue() });
      const collection = fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { minLength: 1, maxLength: 5 }) });
      fc.assert(fc.property(collection, (json) => outcome(parse, json) === 'refused'), runs);
    });
  }

  it('parseRegions accepts any valid collection whatever text its names hold (markup included)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), (name) => {
        const json = makeRegionCollection();
        for (const feature of json.features) feature.properties.name_kk = name;
        return parseRegions(json).features.every((feature) => feature.properties.name_kk === name);
      }),
      runs,
    );
  });

  it('parseEvents refuses every source URL that is not http(s)', () => {
    const scheme = fc.constantFrom('javascript:', 'data:', 'vbscript:', 'file:', 'ftp:', ' javascript:', 'JAVASCRIPT:');
    fc.assert(
      fc.property(scheme, fc.string(), (prefix, rest) => {
        const event = makeEvent('KZ22-001', '2022-01-01T12:00+06:00', { sources: [{ publisher: 'X', url: `${prefix}${rest}` }] });
        return outcome(parseFullEvents, { type: 'FeatureCollection', features: [event] }) === 'refused';
      }),
      runs,
    );
  });

  it('parseEvents keeps any description text as data, in start order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), { minLength: 1, maxLength: 8 }), (texts) => {
        const events = texts.map((text, i) =>
          makeEvent(`KZ22-${String(i + 1).padStart(3, '0')}`, `2022-01-${String(10 - i).padStart(2, '0')}T12:00+06:00`, { description: { en: text } }),
        );
        const parsed = parseFullEvents({ type: 'FeatureCollection', features: events });
        expect(parsed.map((event) => event.properties.description.en)).toEqual([...texts].reverse());
        return true;
      }),
      { numRuns: 100, seed: 2022 },
    );
  });
});
