// One-off conversion of the research timeline (CSV) into geo/events.geojson.
//
//   node scripts/events/convertTimeline.mjs <path/to/timeline-2022.csv> [output.geojson]
//
// Run once (see geo/events-conversion.md); afterwards geo/events.geojson is the source of truth
// and is edited directly. The CSV supplies id, date, type, coordinates and the default
// confidence; everything editorial comes from ./curation.mjs. The script refuses to write when
// a row and its curation disagree (region, date, national vs local, missing or extra ids).
//
// Output: one feature per line, keys in a fixed order, features in research-id order, so the
// file is deterministic and diffs stay readable.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { curation } from './curation.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const [csvPath, outArg] = process.argv.slice(2);
if (!csvPath) {
  console.error('usage: node scripts/events/convertTimeline.mjs <timeline-2022.csv> [output.geojson]');
  process.exit(2);
}
const outPath = resolve(outArg ?? resolve(here, '../../geo/events.geojson'));

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const typeSlugs = {
  'protest': 'protest',
  'clash/violence': 'clash',
  'arson/property attack': 'property-attack',
  'security operation': 'security-operation',
  'casualties report': 'casualties',
  'government decision': 'government-decision',
  'communications shutdown': 'shutdown',
  'foreign deployment': 'foreign-deployment',
};

/** research `region_2022` text (before any "(since June 2022 …)" note) → January 2022 ISO code. */
const regionNames = {
  'Akmola Region': 'KZ-AKM', 'Aktobe Region': 'KZ-AKT', 'Almaty Region': 'KZ-ALM', 'Atyrau Region': 'KZ-ATY',
  'West Kazakhstan Region': 'KZ-ZAP', 'Zhambyl Region': 'KZ-ZHA', 'Karaganda Region': 'KZ-KAR',
  'Kostanay Region': 'KZ-KUS', 'Kyzylorda Region': 'KZ-KZY', 'Mangystau Region': 'KZ-MAN',
  'Pavlodar Region': 'KZ-PAV', 'North Kazakhstan Region': 'KZ-SEV', 'Turkistan Region': 'KZ-YUZ',
  'East Kazakhstan Region': 'KZ-VOS', 'Nur-Sultan (city of republican significance)': 'KZ-AST',
  'Almaty (city of republican significance)': 'KZ-ALA', 'Shymkent (city of republican significance)': 'KZ-SHY',
};
const NATIONAL_LOCALITY = 'National (decision in Nur-Sultan)';

const round5 = (x) => Math.round(Number(x) * 1e5) / 1e5;
const fail = (id, message) => { throw new Error(`${id}: ${message}`); };

/** Copy `obj` keeping only `keys`, in that order, dropping undefined values. */
function ordered(obj, keys) {
  const out = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = obj[k];
  const extra = Object.keys(obj).filter((k) => !keys.includes(k));
  if (extra.length) throw new Error(`unexpected keys ${extra.join(', ')}`);
  return out;
}

const orderCount = (c) => (typeof c === 'number' ? c : ordered(c, ['min', 'max']));
const orderFigure = (f) => (Array.isArray(f)
  ? f.map((claim) => ordered({ ...claim, value: orderCount(claim.value) }, ['value', 'by', 'reported']))
  : orderCount(f));

function buildFeature(row) {
  const [id, date, , locality, regionText, lat, lon, typeText, , , , confidence] = row;
  const cur = curation[id] ?? fail(id, 'no curation entry');
  const type = typeSlugs[typeText] ?? fail(id, `unknown research type "${typeText}"`);

  const isNational = locality === NATIONAL_LOCALITY;
  if (isNational !== (cur.scope === 'national')) fail(id, `scope ${cur.scope} but research locality "${locality}"`);
  if (!isNational) {
    const expected = regionNames[regionText.replace(/ \(since June 2022:.*\)$/, '')] ?? fail(id, `unknown region "${regionText}"`);
    if (cur.region !== expected) fail(id, `region ${cur.region}, research says ${expected}`);
  }
  if (!cur.start.startsWith(date) && !(cur.end ?? '').startsWith(date)) {
    fail(id, `start ${cur.start} is not on the research date ${date}`);
  }

  let geometry = null;
  if (!isNational) {
    const point = cur.point ?? (lat && lon ? [round5(lon), round5(lat)] : fail(id, 'local event without coordinates'));
    geometry = { type: 'Point', coordinates: point };
  }

  const figures = cur.figures
    ? Object.fromEntries(['crowd', 'deaths', 'injured', 'detained']
      .filter((k) => cur.figures[k] !== undefined)
      .map((k) => [k, orderFigure(cur.figures[k])]))
    : undefined;
  if (cur.figures) ordered(cur.figures, ['crowd', 'deaths', 'injured', 'detained']);

  const properties = ordered({
    id,
    start: cur.start,
    end: cur.end,
    time_known: cur.time_known,
    time_precision: cur.time_precision,
    time_note: cur.time_note,
    scope: cur.scope,
    region: cur.region,
    regions: cur.regions ? [...cur.regions] : undefined,
    city: cur.city,
    locality: cur.locality,
    type,
    emergency: cur.emergency ? ordered({ ...cur.emergency, regions: [...cur.emergency.regions] }, ['action', 'regions']) : undefined,
    death_toll: cur.death_toll ? ordered(cur.death_toll, ['total', 'security', 'by', 'status']) : undefined,
    figures,
    description: ordered(cur.description, ['en', 'ru', 'kk']),
    sources: cur.sources.map((s) => ordered(s, ['publisher', 'url', 'via'])),
    confidence: cur.confidence ?? confidence,
  }, [
    'id', 'start', 'end', 'time_known', 'time_precision', 'time_note', 'scope', 'region', 'regions', 'city',
    'locality', 'type', 'emergency', 'death_toll', 'figures', 'description', 'sources', 'confidence',
  ]);
  // Keys the curation may carry that are not properties.
  ordered(cur, [...Object.keys(properties), 'point', 'confidence']);

  return { type: 'Feature', id, geometry, properties };
}

const [header, ...rows] = parseCsv(readFileSync(csvPath, 'utf8')).filter((r) => r.length > 1);
const expectedHeader = 'id,date,time_local,locality,region_2022,lat,lon,type,description,figures,sources,confidence';
if (header.join(',') !== expectedHeader) throw new Error(`unexpected CSV header: ${header.join(',')}`);

const features = rows.map(buildFeature).sort((a, b) => a.id.localeCompare(b.id));
const unused = Object.keys(curation).filter((id) => !rows.some((r) => r[0] === id));
if (unused.length) throw new Error(`curation entries without a research row: ${unused.join(', ')}`);

const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
writeFileSync(outPath, text);
console.log(`wrote ${features.length} features to ${outPath}`);
