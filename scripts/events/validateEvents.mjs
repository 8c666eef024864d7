// Quick consistency check of geo/events.geojson (not a test; the vitest suite owns validation).
//
//   node scripts/events/validateEvents.mjs [geo/events.geojson]
//
// Checks the shape against src/data/eventTypes.ts, unique ids, clock offsets, intervals, URLs,
// city ids (and their regions in geo/cities.geojson when present), points inside their region
// (geo/regions.geojson, when present), and that every region has exactly one declared and one
// lifted state of emergency. Prints a summary and the per-region emergency intervals.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = resolve(process.argv[2] ?? resolve(root, 'geo/events.geojson'));
const fc = JSON.parse(readFileSync(file, 'utf8'));

const REGIONS = ['KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ATY', 'KZ-ZAP', 'KZ-ZHA', 'KZ-KAR', 'KZ-KUS', 'KZ-KZY',
  'KZ-MAN', 'KZ-PAV', 'KZ-SEV', 'KZ-YUZ', 'KZ-VOS', 'KZ-AST', 'KZ-ALA', 'KZ-SHY'];
const WEST = new Set(['KZ-MAN', 'KZ-ATY', 'KZ-ZAP', 'KZ-AKT', 'KZ-KZY']);
const CITIES = ['almaty', 'nur-sultan', 'shymkent', 'zhanaozen', 'aktau', 'atyrau', 'aktobe', 'oral', 'kyzylorda',
  'turkistan', 'taraz', 'taldykorgan', 'karaganda', 'kostanay', 'petropavl', 'kokshetau', 'pavlodar', 'oskemen',
  'semey', 'zhezkazgan', 'zhetybai', 'akshukur', 'shu'];
const TYPES = ['protest', 'clash', 'property-attack', 'security-operation', 'casualties', 'government-decision',
  'shutdown', 'foreign-deployment'];
const PRECISIONS = ['exact', 'approximate', 'part-of-day', 'unknown'];
const PROPERTY_KEYS = ['id', 'start', 'end', 'time_known', 'time_precision', 'time_note', 'scope', 'region', 'regions',
  'city', 'locality', 'type', 'emergency', 'death_toll', 'figures', 'description', 'sources', 'confidence'];
const TIME = /^2022-01-\d\dT\d\d:\d\d(\+05:00|\+06:00)$/;

const errors = [];
const notes = [];
const err = (id, m) => errors.push(`${id}: ${m}`);
const instant = (s) => Date.parse(s.replace(/(\+0\d:00)$/, ':00$1'));
const isCount = (c) => (Number.isInteger(c) && c >= 0)
  || (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).join() === 'min,max'
    && Number.isInteger(c.min) && Number.isInteger(c.max) && c.min <= c.max);

const cityRegion = new Map();
if (existsSync(resolve(root, 'geo/cities.geojson'))) {
  for (const f of JSON.parse(readFileSync(resolve(root, 'geo/cities.geojson'), 'utf8')).features) cityRegion.set(f.id, f.properties.region);
}
let regionShapes = null;
if (existsSync(resolve(root, 'geo/regions.geojson'))) {
  regionShapes = JSON.parse(readFileSync(resolve(root, 'geo/regions.geojson'), 'utf8')).features;
}
const turf = regionShapes ? await import('@turf/turf') : null;

if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) errors.push('not a FeatureCollection');
const seen = new Set();
const emergencyLog = new Map(REGIONS.map((r) => [r, []]));

for (const f of fc.features) {
  const p = f.properties ?? {};
  const id = f.id;
  if (Object.keys(f).join() !== 'type,id,geometry,properties' || f.type !== 'Feature') err(id, 'feature keys/type');
  if (typeof id !== 'string' || !/^KZ22-\d{3}$/.test(id) || p.id !== id) err(id, 'id mismatch or malformed');
  if (seen.has(id)) err(id, 'duplicate id');
  seen.add(id);

  for (const k of Object.keys(p)) if (!PROPERTY_KEYS.includes(k)) err(id, `unknown property ${k}`);
  const order = Object.keys(p).map((k) => PROPERTY_KEYS.indexOf(k));
  if (order.some((v, i) => i > 0 && v < order[i - 1])) err(id, 'property key order');

  // Time.
  if (!TIME.test(p.start)) err(id, `start ${p.start}`);
  if (p.end !== undefined && (!TIME.test(p.end) || instant(p.end) <= instant(p.start))) err(id, `end ${p.end} not after start`);
  if (typeof p.time_known !== 'boolean' || !PRECISIONS.includes(p.time_precision)) err(id, 'time_known/time_precision');
  if ((p.time_precision === 'unknown') !== (p.time_known === false)) err(id, 'time_known must be false exactly when precision is unknown');
  if (p.time_precision === 'unknown' && (!/T12:00/.test(p.start) || p.time_note !== undefined || p.end !== undefined)) err(id, 'unknown time must be 12:00 local without note/end');
  if (['approximate', 'part-of-day'].includes(p.time_precision) && !(typeof p.time_note === 'string' && p.time_note)) err(id, 'imprecise time without note');
  if (p.time_precision === 'exact' && p.time_note !== undefined) err(id, 'exact time with a note');

  // Place.
  if (p.scope === 'local') {
    const g = f.geometry;
    if (g?.type !== 'Point' || g.coordinates.length !== 2 || !g.coordinates.every(Number.isFinite)) err(id, 'local event needs a Point');
    else {
      const [lon, lat] = g.coordinates;
      if (lon < 46 || lon > 88 || lat < 40 || lat > 56) err(id, 'point outside Kazakhstan bbox');
      if (g.coordinates.some((c) => Math.round(c * 1e5) / 1e5 !== c)) err(id, 'more than 5 decimals');
      if (regionShapes) {
        const shape = regionShapes.find((r) => r.id === p.region);
        if (shape && !turf.booleanPointInPolygon(turf.point(g.coordinates), shape)) {
          notes.push(`${id}: point [${g.coordinates}] not inside ${p.region} polygon${shape.properties.geometry_quality === 'schematic' ? ' (schematic polygon)' : ''}`);
        }
      }
    }
    if (!REGIONS.includes(p.region)) err(id, `region ${p.region}`);
    if (p.regions !== undefined) err(id, 'local event with regions');
    if (p.city !== null && !CITIES.includes(p.city)) err(id, `city ${p.city}`);
    if (p.city && cityRegion.size && cityRegion.get(p.city) !== p.region) err(id, `city ${p.city} is in ${cityRegion.get(p.city)} in cities.geojson, event says ${p.region}`);
    const zone = WEST.has(p.region) ? '+05:00' : '+06:00';
    for (const t of [p.start, p.end].filter(Boolean)) {
      if (!t.endsWith(zone)) {
        if (p.emergency) notes.push(`${id}: decree time ${t} in ${p.region} (local clock ${zone})`);
        else err(id, `${t} does not use the ${p.region} clock ${zone}`);
      }
    }
  } else if (p.scope === 'national') {
    if (f.geometry !== null || p.region !== null || p.city !== null) err(id, 'national event must have null geometry/region/city');
    if (!Array.isArray(p.regions) || !p.regions.length || !p.regions.every((r) => REGIONS.includes(r)) || new Set(p.regions).size !== p.regions.length) err(id, 'national regions');
    if (!p.start.endsWith('+06:00')) err(id, 'national events use +06:00');
  } else err(id, `scope ${p.scope}`);
  if (typeof p.locality !== 'string' || !p.locality) err(id, 'locality');
  if (!TYPES.includes(p.type)) err(id, `type ${p.type}`);

  // Emergency.
  if (p.emergency !== undefined) {
    const e = p.emergency;
    if (Object.keys(e).join() !== 'action,regions' || !['declared', 'lifted'].includes(e.action) || !e.regions.every((r) => REGIONS.includes(r))) err(id, 'emergency shape');
    if (p.type !== 'government-decision') err(id, 'emergency on a non-decision');
    if (p.scope === 'local' && (e.regions.length !== 1 || e.regions[0] !== p.region)) err(id, 'local emergency must be its own region');
    if (p.scope === 'national' && e.regions.join() !== p.regions.join()) err(id, 'national emergency regions differ from regions');
    for (const r of e.regions) emergencyLog.get(r)?.push({ action: e.action, at: p.start, id });
  }
  if (/state of emergency/i.test(p.description?.en ?? '') && /(declared|imposed|lifted|ended|expired|came into force|placed)/.test(p.description.en) && !p.emergency) {
    notes.push(`${id}: mentions a state of emergency but carries no emergency field`);
  }

  // Death toll and figures.
  if (p.death_toll !== undefined) {
    const d = p.death_toll;
    if (!(p.scope === 'national' && p.type === 'casualties')) err(id, 'death_toll only on national casualty reports');
    if (!Number.isInteger(d.total) || (d.security !== undefined && !Number.isInteger(d.security)) || typeof d.by !== 'string' || !['official', 'retracted'].includes(d.status)) err(id, 'death_toll shape');
  }
  if (p.figures !== undefined) {
    for (const [k, v] of Object.entries(p.figures)) {
      if (!['crowd', 'deaths', 'injured', 'detained'].includes(k)) err(id, `figure ${k}`);
      const ok = Array.isArray(v)
        ? v.length > 0 && v.every((c) => isCount(c.value) && typeof c.by === 'string' && c.by
          && Object.keys(c).every((x) => ['value', 'by', 'reported'].includes(x))
          && (c.reported === undefined || /^\d{4}-\d\d-\d\d$/.test(c.reported)))
        : isCount(v);
      if (!ok) err(id, `figure ${k} malformed`);
    }
  }

  // Text and sources.
  if (!p.description || typeof p.description.en !== 'string' || p.description.en.length < 20
    || Object.keys(p.description).some((k) => !['en', 'ru', 'kk'].includes(k))) err(id, 'description');
  if (!Array.isArray(p.sources) || !p.sources.length) err(id, 'no sources');
  for (const s of p.sources ?? []) {
    if (Object.keys(s).some((k) => !['publisher', 'url', 'via'].includes(k)) || typeof s.publisher !== 'string' || !s.publisher) err(id, 'source shape');
    let u;
    try { u = new URL(s.url); } catch { err(id, `bad URL ${s.url}`); continue; }
    if (!['http:', 'https:'].includes(u.protocol)) err(id, `URL scheme ${s.url}`);
    if (s.via !== undefined && !u.hostname.endsWith(s.via.replace(/^www\./, ''))) err(id, `via ${s.via} does not match ${u.hostname}`);
    if (/wikipedia|vikidia/.test(u.hostname)) err(id, 'Wikipedia/Vikidia source');
  }
  if (!['high', 'medium', 'low'].includes(p.confidence)) err(id, 'confidence');
}

// Emergency completeness.
const intervals = [];
for (const [r, log] of emergencyLog) {
  const dec = log.filter((x) => x.action === 'declared');
  const lif = log.filter((x) => x.action === 'lifted');
  if (dec.length !== 1 || lif.length !== 1) { errors.push(`${r}: ${dec.length} declared, ${lif.length} lifted`); continue; }
  if (instant(lif[0].at) <= instant(dec[0].at)) errors.push(`${r}: lifted before declared`);
  intervals.push(`${r}  [${dec[0].at} (${dec[0].id}), ${lif[0].at} (${lif[0].id}))`);
}

// Summary.
const count = (fn) => fc.features.reduce((m, f) => { const k = fn(f.properties); m[k] = (m[k] ?? 0) + 1; return m; }, {});
console.log(`${fc.features.length} events`, count((p) => p.scope));
console.log('types', count((p) => p.type));
console.log('confidence', count((p) => p.confidence));
console.log('precision', count((p) => p.time_precision));
console.log('localities', Object.keys(count((p) => p.locality)).length, count((p) => p.locality));
console.log('emergency intervals [declared, lifted):');
for (const line of intervals) console.log(`  ${line}`);
for (const n of notes) console.log(`note  ${n}`);
if (errors.length) {
  for (const e of errors) console.error(`ERROR ${e}`);
  process.exit(1);
}
console.log('OK');
