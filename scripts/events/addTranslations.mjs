// One-off: writes Russian or Kazakh texts into geo/events.geojson, which stays the source of truth.
//   node scripts/events/addTranslations.mjs ru path/to/ru.json
// The JSON maps event id → { description, locality, time_note? }, written from the English by the
// maps team (see geo/translation-review.md). Every id must exist; a time note only where the event
// has one. The file keeps its layout: one feature per line.
import { readFileSync, writeFileSync } from 'node:fs';

const [lang, path] = process.argv.slice(2);
if (!['ru', 'kk'].includes(lang) || !path) {
  console.error('usage: node scripts/events/addTranslations.mjs ru|kk translations.json');
  process.exit(2);
}
const file = new URL('../../geo/events.geojson', import.meta.url);
const events = JSON.parse(readFileSync(file, 'utf8'));
const texts = JSON.parse(readFileSync(path, 'utf8'));
const ids = new Set(events.features.map((feature) => feature.id));
const unknown = Object.keys(texts).filter((id) => !ids.has(id));
if (unknown.length) throw new Error(`unknown event ids: ${unknown.join(', ')}`);

for (const feature of events.features) {
  const text = texts[feature.id];
  if (!text) continue;
  const p = feature.properties;
  if (text.time_note && p.time_note === undefined) throw new Error(`${feature.id}: time_note for an event without one`);
  // Rebuilt in a fixed key order, so the diff shows only the new texts.
  const entries = Object.entries(p).filter(([key]) => ![`locality_${lang}`, `time_note_${lang}`].includes(key));
  const next = {};
  for (const [key, value] of entries) {
    next[key] = value;
    if (key === 'locality' && text.locality) next[`locality_${lang}`] = text.locality;
    if (key === 'time_note' && text.time_note) next[`time_note_${lang}`] = text.time_note;
  }
  if (text.description) next.description = { ...p.description, [lang]: text.description };
  feature.properties = next;
}
const lines = events.features.map((feature) => JSON.stringify(feature));
writeFileSync(file, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
console.log(`${lang}: ${Object.keys(texts).length} events updated`);
