import { describe, expect, it } from 'vitest';
import { checkLaterCounts } from '../../src/data/checkLaterCounts';
import { parseFullEvents } from '../../src/data/parseEvents';
import { parseLaterCounts } from '../../src/data/parseLaterCounts';
import { almatyOffsetMs, toInstant } from '../../src/timeline/instant';
import { readGeoFile, readGeoText } from './readGeoJson';

// geo/later-counts.json: official figures published after the story window (geo/README.md,
// "Later official counts"). The real file must pass; each broken copy must fail with its reason.

const json: unknown = JSON.parse(readGeoText('later-counts.json'));
const counts = parseLaterCounts(json);
const regionIds = new Set(readGeoFile('regions.geojson').features.map((feature) => String(feature.id)));
const events = parseFullEvents(JSON.parse(readGeoText('events.geojson')));

/** The last day of the story window, YYYY-MM-DD in Almaty time (CONTRACT.md: the last event's day). */
function windowLastDay(): string {
  const last = Math.max(...events.map((event) => toInstant(event.properties.start)));
  return new Date(last + almatyOffsetMs).toISOString().slice(0, 10);
}

/** A deep copy of the real file with one change, to prove a check can fail. */
function broken(change: (doc: { story_window_end: string; national: Record<string, unknown>[]; regions: Record<string, unknown>[] }) => void): unknown {
  const copy = structuredClone(json) as Parameters<typeof change>[0];
  change(copy);
  return copy;
}

describe('geo/later-counts.json', () => {
  it('passes every check', () => {
    expect(checkLaterCounts(json)).toEqual([]);
  });

  it('is checked against the story window the events give', () => {
    expect(counts.storyWindowEnd).toBe(windowLastDay());
  });

  it('names only January 2022 regions of geo/regions.geojson', () => {
    expect(counts.regions.map((count) => count.region).filter((id) => !regionIds.has(id))).toEqual([]);
  });

  it('dates every figure after the window, cites https sources and gives positive integer values', () => {
    for (const count of [...counts.national, ...counts.regions]) {
      expect(count.date > counts.storyWindowEnd, count.date).toBe(true);
      expect(Number.isInteger(count.value) && count.value > 0, String(count.value)).toBe(true);
      for (const source of count.sources) expect(new URL(source.url).protocol, source.url).toBe('https:');
    }
  });

  it("keeps the Prosecutor General's figures for Almaty city: 139 (14 March 2022) and 151 (5 January 2023)", () => {
    const almaty = counts.regions.filter((count) => count.region === 'KZ-ALA' && count.figure === 'deaths');
    expect(almaty.map((count) => [count.date, count.value])).toEqual([
      ['2022-03-14', 139],
      ['2023-01-05', 151],
    ]);
  });

  it('is documented in geo/README.md', () => {
    expect(readGeoText('README.md')).toMatch(/### Later official counts \(`later-counts\.json`\)/);
  });
});

describe('checkLaterCounts(broken copies of geo/later-counts.json)', () => {
  const cases: [string, unknown, RegExp][] = [
    ['an unknown region id', broken((d) => void (d.regions[0]!.region = 'KZ-TUR')), /regions\[0\]: region must be a January 2022 region id \(got "KZ-TUR"\)/],
    ['a date inside the window', broken((d) => void (d.regions[1]!.date = '2022-01-16')), /regions\[1\]: date must come after the story window/],
    ['a date that is no calendar day', broken((d) => void (d.national[0]!.date = '2022-02-30')), /national\[0\]: date must be a date YYYY-MM-DD/],
    ['an http source', broken((d) => void ((d.regions[0]!.sources as { url: string }[])[0]!.url = 'http://interfax.com/x')), /regions\[0\]: sources\[0\]\.url must be an https URL/],
    ['no source', broken((d) => void (d.regions[2]!.sources = [])), /regions\[2\]: sources must list at least one source/],
    ['a fractional value', broken((d) => void (d.regions[0]!.value = 138.5)), /regions\[0\]: value must be a positive integer/],
    ['a zero value', broken((d) => void (d.national[1]!.value = 0)), /national\[1\]: value must be a positive integer/],
    ['a value given as text', broken((d) => void (d.regions[3]!.value = '20')), /regions\[3\]: value must be a positive integer/],
    ['more security deaths than deaths', broken((d) => void (d.national[0]!.security = 231)), /national\[0\]: security must be a positive integer no larger than value/],
    ['an unknown figure', broken((d) => void (d.regions[0]!.figure = 'crowd')), /regions\[0\]: figure must be one of deaths, injured, detained/],
    ['no Kazakh claimant', broken((d) => void delete (d.regions[0]!.by as Record<string, string>).kk), /regions\[0\]: by\.kk must be a non-empty string/],
    ['an empty note', broken((d) => void (d.regions[0]!.note = ' ')), /regions\[0\]: note must be a non-empty string/],
    ['the same figure twice for one place and day', broken((d) => void d.regions.push(structuredClone(d.regions[1]!))), /a second deaths figure for the same place and day/],
    ['no regions list', broken((d) => void delete (d as Partial<typeof d>).regions), /^regions must be a list/],
  ];
  for (const [what, doc, problem] of cases) {
    it(`fails on ${what}`, () => {
      const problems = checkLaterCounts(doc);
      expect(problems.some((line) => problem.test(line)), problems.join('\n')).toBe(true);
      expect(() => parseLaterCounts(doc)).toThrow(/^later-counts\.json: /);
    });
  }
});
