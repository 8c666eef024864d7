import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// geo/term-replacements.json carries the Russian and Kazakh terms checked against primary sources
// (geo/translation-review.md); scripts/events/applyTermReplacements.mjs writes them into
// geo/events.geojson after the branches are merged. These tests run the script on copies.
const root = fileURLToPath(new URL('../../', import.meta.url));
const script = join(root, 'scripts/events/applyTermReplacements.mjs');
const eventsText = readFileSync(join(root, 'geo/events.geojson'), 'utf8');
const replacementsPath = join(root, 'geo/term-replacements.json');

interface Replacement {
  lang: 'ru' | 'kk';
  field: 'description' | 'locality' | 'time_note';
  from: string;
  to: string;
  ids: string[] | 'all';
  source: string;
}
interface EventProperties {
  id: string;
  description: Record<string, string>;
  [key: string]: unknown;
}
const replacements = JSON.parse(readFileSync(replacementsPath, 'utf8')) as Replacement[];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

function scratch(events: string, entries?: unknown): { events: string; replacements: string } {
  const dir = mkdtempSync(join(tmpdir(), 'terms-'));
  const paths = { events: join(dir, 'events.geojson'), replacements: entries === undefined ? replacementsPath : join(dir, 'replacements.json') };
  writeFileSync(paths.events, events);
  if (entries !== undefined) writeFileSync(paths.replacements, JSON.stringify(entries));
  return paths;
}

function fieldOf(p: EventProperties, entry: Replacement): unknown {
  return entry.field === 'description' ? p.description[entry.lang] : p[`${entry.field}_${entry.lang}`];
}

const propertiesById = (text: string) =>
  new Map((JSON.parse(text) as { features: { properties: EventProperties }[] }).features.map((f) => [f.properties.id, f.properties]));

/** A two-event collection in the layout of geo/events.geojson: one feature per line. */
function tinyCollection(ruA: string, ruB: string): string {
  const feature = (id: string, ru: string) =>
    JSON.stringify({ type: 'Feature', id, geometry: null, properties: { id, locality: 'X', locality_ru: 'Икс', description: { en: 'x', ru, kk: 'х' } } });
  return `{"type":"FeatureCollection","features":[\n${feature('KZ22-900', ruA)},\n${feature('KZ22-901', ruB)}\n]}\n`;
}

describe('geo/term-replacements.json', () => {
  const events = propertiesById(eventsText);

  it('names a language, a field, a source and real event ids in every entry', () => {
    expect(replacements.length).toBeGreaterThan(0);
    for (const [index, entry] of replacements.entries()) {
      expect(['ru', 'kk'], `entry ${index}`).toContain(entry.lang);
      expect(['description', 'locality', 'time_note'], `entry ${index}`).toContain(entry.field);
      expect(entry.from, `entry ${index}`).not.toBe(entry.to);
      expect(entry.source, `entry ${index}`).toMatch(/^https:\/\/\S+$/);
      if (entry.ids !== 'all') for (const id of entry.ids) expect(events.has(id), `entry ${index}: ${id}`).toBe(true);
    }
  });

  it('touches only the named events, and after it every `to` stands where its `from` stood', () => {
    const paths = scratch(eventsText);
    const first = run(['--events', paths.events]);
    expect(first.status, first.out).toBe(0);
    const after = readFileSync(paths.events, 'utf8');
    const named = new Set(replacements.flatMap((entry) => (entry.ids === 'all' ? [] : entry.ids)));
    const before = eventsText.split('\n');
    after.split('\n').forEach((line, index) => {
      if (line === before[index]) return;
      const id = (JSON.parse(line.replace(/,$/, '')) as { id: string }).id;
      expect(named.has(id), `line ${index + 1} (${id}) changed`).toBe(true);
    });
    expect(after.split('\n')).toHaveLength(before.length);
    const properties = propertiesById(after);
    for (const entry of replacements) {
      for (const id of entry.ids === 'all' ? [] : entry.ids) {
        const text = String(fieldOf(properties.get(id)!, entry));
        expect(text, `${id} ${entry.lang}`).toContain(entry.to);
        if (!entry.to.includes(entry.from)) expect(text, `${id} ${entry.lang}`).not.toContain(entry.from);
      }
    }
    // Everything but the replaced words is kept: the English and the other fields are untouched.
    const original = propertiesById(eventsText);
    for (const [id, p] of properties) expect(p.description.en, id).toBe(original.get(id)!.description.en);
  });

  it('is idempotent: a second run, and --check after it, change nothing', () => {
    const paths = scratch(eventsText);
    const pending = run(['--check', '--events', paths.events]).status;
    expect(readFileSync(paths.events, 'utf8')).toBe(eventsText);
    expect(run(['--events', paths.events]).status).toBe(0);
    const once = readFileSync(paths.events, 'utf8');
    // Before the integrator's run the terms are pending (exit 1); after it, already applied (0).
    expect(pending).toBe(once === eventsText ? 0 : 1);
    const again = run(['--events', paths.events]);
    expect(again.status, again.out).toBe(0);
    expect(again.out).toContain('0 replacements made');
    expect(readFileSync(paths.events, 'utf8')).toBe(once);
    expect(run(['--check', '--events', paths.events]).status).toBe(0);
  });
});

describe('applyTermReplacements.mjs', () => {
  const entry = (from: string, to: string, ids: string[] | 'all' = ['KZ22-900']) => ({ lang: 'ru', field: 'description', from, to, ids, source: 'https://example.org/a' });

  it('fails loudly, naming the event, when a `from` is not where the entry says', () => {
    const text = tinyCollection('альфа бета', 'гамма');
    const paths = scratch(text, [entry('альфа', 'омега'), entry('дельта', 'эпсилон', ['KZ22-901'])]);
    const result = run(['--events', paths.events, '--replacements', paths.replacements]);
    expect(result.status).toBe(2);
    expect(result.out).toContain('KZ22-901');
    expect(result.out).toContain('дельта');
    // Nothing is written when any entry does not fit.
    expect(readFileSync(paths.events, 'utf8')).toBe(text);
  });

  it('fails on an unknown event id and on an "all" entry that matches nothing', () => {
    const text = tinyCollection('альфа', 'бета');
    const unknown = scratch(text, [entry('альфа', 'омега', ['KZ22-999'])]);
    expect(run(['--events', unknown.events, '--replacements', unknown.replacements]).out).toContain('no event KZ22-999');
    const nowhere = scratch(text, [entry('дзета', 'эта', 'all')]);
    const result = run(['--events', nowhere.events, '--replacements', nowhere.replacements]);
    expect(result.status).toBe(2);
    expect(result.out).toContain('дзета');
  });

  it('keeps idempotent when `to` contains `from`, and replaces every occurrence outside it', () => {
    const paths = scratch(tinyCollection('посёлок и посёлок', 'посёлок'), [entry('посёлок', 'вахтовый посёлок', 'all')]);
    expect(run(['--events', paths.events, '--replacements', paths.replacements]).status).toBe(0);
    const once = readFileSync(paths.events, 'utf8');
    expect(propertiesById(once).get('KZ22-900')!.description.ru).toBe('вахтовый посёлок и вахтовый посёлок');
    expect(propertiesById(once).get('KZ22-901')!.description.ru).toBe('вахтовый посёлок');
    expect(run(['--events', paths.events, '--replacements', paths.replacements]).status).toBe(0);
    expect(readFileSync(paths.events, 'utf8')).toBe(once);
  });

  it('writes into locality_<lang> for the locality field and leaves the other lines byte for byte', () => {
    const text = tinyCollection('альфа', 'бета');
    const paths = scratch(text, [{ ...entry('Икс', 'Игрек', ['KZ22-901']), field: 'locality' }]);
    expect(run(['--events', paths.events, '--replacements', paths.replacements]).status).toBe(0);
    const [head, first, second, tail] = readFileSync(paths.events, 'utf8').split('\n');
    const [head0, first0, , tail0] = text.split('\n');
    expect([head, first, tail]).toEqual([head0, first0, tail0]);
    expect(JSON.parse(second!).properties.locality_ru).toBe('Игрек');
  });

  it('refuses a file whose feature lines would not survive being re-serialised', () => {
    const text = tinyCollection('альфа', 'бета').replace('"id":"KZ22-900"', '"id": "KZ22-900"');
    const paths = scratch(text, [entry('альфа', 'омега')]);
    const result = run(['--events', paths.events, '--replacements', paths.replacements]);
    expect(result.status).toBe(2);
    expect(result.out).toContain('round trip');
    expect(readFileSync(paths.events, 'utf8')).toBe(text);
  });
});
