// Applies the checked Russian and Kazakh terms of geo/term-replacements.json to geo/events.geojson.
//   node scripts/events/applyTermReplacements.mjs            rewrite geo/events.geojson
//   node scripts/events/applyTermReplacements.mjs --check    change nothing; exit 1 if anything is pending
//   --events <file> --replacements <file>                    other files (the tests use copies)
//
// Each entry replaces an exact substring of one text field (`description` → description.<lang>,
// `locality` → locality_<lang>, `time_note` → time_note_<lang>) in the events it names, or in every
// event that has it (`"ids": "all"`). The terms were settled against primary sources, see
// geo/translation-review.md, "Terms checked against sources".
//
// Why it is written this way:
// - events.geojson is edited by several people at once and keeps one feature per line, so only
//   the lines that change are rewritten, and every line is checked to survive a parse/stringify
//   round trip first (otherwise re-serialising would touch more than the replaced words).
// - It runs again after every merge, so it is idempotent: an entry whose `to` is already there and
//   whose `from` is gone counts as applied. An entry whose `from` and `to` are both missing from an
//   event it names means someone rewrote that text since: it fails loudly rather than guess.
import { readFileSync, writeFileSync } from 'node:fs';

const LANGS = ['ru', 'kk'];
const FIELDS = ['description', 'locality', 'time_note'];

function parseArgs(argv) {
  const args = { check: false, events: new URL('../../geo/events.geojson', import.meta.url), replacements: new URL('../../geo/term-replacements.json', import.meta.url) };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--check') args.check = true;
    else if ((arg === '--events' || arg === '--replacements') && argv[i + 1]) args[arg.slice(2)] = argv[(i += 1)];
    else throw new Error(`unknown argument ${arg}; usage: applyTermReplacements.mjs [--check] [--events file] [--replacements file]`);
  }
  return args;
}

function validate(entries) {
  if (!Array.isArray(entries)) throw new Error('term-replacements.json must be an array');
  entries.forEach((entry, index) => {
    const where = `entry ${index}`;
    if (!LANGS.includes(entry.lang)) throw new Error(`${where}: lang must be ru or kk`);
    if (!FIELDS.includes(entry.field)) throw new Error(`${where}: field must be one of ${FIELDS.join(', ')}`);
    if (typeof entry.from !== 'string' || entry.from === '') throw new Error(`${where}: from must be a non-empty string`);
    if (typeof entry.to !== 'string' || entry.to === entry.from) throw new Error(`${where}: to must be a string other than from`);
    if (entry.ids !== 'all' && !(Array.isArray(entry.ids) && entry.ids.length > 0 && entry.ids.every((id) => typeof id === 'string'))) {
      throw new Error(`${where}: ids must be "all" or a non-empty list of event ids`);
    }
    if (typeof entry.source !== 'string' || !entry.source.startsWith('https://')) throw new Error(`${where}: source must be an https URL`);
  });
}

/** The text after one entry, and whether it was 'changed', 'applied' (already) or 'absent'. */
function replaceTerm(text, from, to) {
  if (from.includes(to)) {
    // `to` is part of `from` (a shortening): `from` present means pending, else `to` means done.
    if (text.includes(from)) return { text: text.replaceAll(from, to), status: 'changed' };
    return { text, status: text.includes(to) ? 'applied' : 'absent' };
  }
  // `to` may contain `from` (a lengthening): look for `from` only outside the copies of `to`.
  const pieces = text.split(to);
  if (pieces.some((piece) => piece.includes(from))) return { text: pieces.map((piece) => piece.replaceAll(from, to)).join(to), status: 'changed' };
  return { text, status: pieces.length > 1 ? 'applied' : 'absent' };
}

function fieldKey(field, lang) {
  return field === 'description' ? null : `${field}_${lang}`;
}

function readField(properties, field, lang) {
  const key = fieldKey(field, lang);
  return key ? properties[key] : properties.description?.[lang];
}

function writeField(properties, field, lang, value) {
  const key = fieldKey(field, lang);
  if (key) properties[key] = value;
  else properties.description = { ...properties.description, [lang]: value };
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const entries = JSON.parse(readFileSync(args.replacements, 'utf8'));
  validate(entries);
  const source = readFileSync(args.events, 'utf8');
  const lines = source.split('\n');
  // Feature lines are every line but the collection's opening and closing ones.
  const features = new Map();
  lines.forEach((line, index) => {
    const body = line.endsWith(',') ? line.slice(0, -1) : line;
    if (!body.startsWith('{"type":"Feature"')) return;
    const feature = JSON.parse(body);
    if (JSON.stringify(feature) !== body) throw new Error(`line ${index + 1} (${feature.id}) does not survive a parse/stringify round trip; refusing to rewrite it`);
    features.set(feature.id, { feature, index, comma: line.endsWith(','), changed: false });
  });
  if (features.size === 0) throw new Error('no feature lines found: is the file still one feature per line?');

  const problems = [];
  let changed = 0;
  let applied = 0;
  entries.forEach((entry, index) => {
    const named = entry.ids === 'all' ? [...features.keys()] : entry.ids;
    let touched = 0;
    for (const id of named) {
      const slot = features.get(id);
      if (!slot) {
        problems.push(`entry ${index}: no event ${id}`);
        continue;
      }
      const text = readField(slot.feature.properties, entry.field, entry.lang);
      const result = typeof text === 'string' ? replaceTerm(text, entry.from, entry.to) : { text, status: 'absent' };
      if (result.status === 'absent') {
        if (entry.ids !== 'all') problems.push(`entry ${index}: ${id} ${entry.field}.${entry.lang} has neither ${JSON.stringify(entry.from)} nor ${JSON.stringify(entry.to)}`);
        continue;
      }
      touched += 1;
      if (result.status === 'applied') {
        applied += 1;
        continue;
      }
      writeField(slot.feature.properties, entry.field, entry.lang, result.text);
      slot.changed = true;
      changed += 1;
    }
    if (entry.ids === 'all' && touched === 0) problems.push(`entry ${index}: no event has ${JSON.stringify(entry.from)} in ${entry.field}.${entry.lang}`);
  });
  if (problems.length) throw new Error(`term replacements do not fit geo/events.geojson:\n  ${problems.join('\n  ')}`);

  const rewritten = [...features.values()].filter((slot) => slot.changed);
  if (args.check) {
    console.log(`${entries.length} entries: ${changed} replacements pending in ${rewritten.length} events, ${applied} already applied`);
    process.exit(changed ? 1 : 0);
  }
  for (const slot of rewritten) lines[slot.index] = JSON.stringify(slot.feature) + (slot.comma ? ',' : '');
  if (rewritten.length) writeFileSync(args.events, lines.join('\n'));
  console.log(`${entries.length} entries: ${changed} replacements made in ${rewritten.length} events, ${applied} already applied`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
