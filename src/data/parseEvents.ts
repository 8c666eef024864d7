import { toInstant } from '../timeline/instant';
import { checkFields } from './checkFields';
import { DataError } from './dataError';
import {
  deathTollStatuses,
  emergencyActions,
  eventFields,
  eventTextFields,
  eventTextLanguages,
  figureKeys,
  threatEventTypes,
  threatLevels,
} from './eventSchema';
import { isObject } from './readFeatures';
import { isRegionId } from './regionSchema';
import {
  type Count,
  type EventCollection,
  type EventDetails,
  type EventText,
  type EventFeature,
  type FullEventFeature,
  type Figure,
} from './eventTypes';

const defaultFile = 'events.geojson';

/**
 * Validates events against eventSchema.ts and returns them sorted by start (then id). Throws a
 * DataError naming the event id and the field. The browser reads the derived core (no description,
 * no sources: `details: 'absent'`); geo/events.geojson itself must carry them (`'required'`).
 * Cross-file checks (is the city in cities.geojson, is the point inside its region) live in
 * tests/geo, where all files are at hand.
 */
export function parseEvents(json: unknown, file = defaultFile, details: 'absent' | 'required' = 'absent'): EventCollection {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DataError(file, 'not a GeoJSON FeatureCollection');
  }
  const seen = new Set<string>();
  const features = json.features.map((feature: unknown, index: number) => {
    const event = checkEvent(feature, index, file);
    if (details === 'required') {
      const properties = (feature as { properties: Record<string, unknown> }).properties;
      checkDetails(properties, event.id, file);
      checkTranslatedNames(properties, event.id, file);
    }
    if (seen.has(event.id)) throw new DataError(file, `event ${event.id}: duplicate id`);
    seen.add(event.id);
    return event;
  });
  // Starts were validated above, so toInstant cannot throw; each is read once, not per comparison.
  const timed = features.map((event) => ({ event, t: toInstant(event.properties.start) }));
  timed.sort((a, b) => a.t - b.t || compare(a.event.id, b.event.id));
  return { type: 'FeatureCollection', features: timed.map(({ event }) => event) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Full events as geo/events.geojson stores them, descriptions and sources required. */
export function parseFullEvents(json: unknown, file = defaultFile): FullEventFeature[] {
  return parseEvents(json, file, 'required').features as FullEventFeature[];
}

/**
 * Validates the derived id → { description, sources } file against the events already loaded:
 * every event needs its details, so a list item never shows an event without its sources.
 */
export function parseEventDetails(json: unknown, ids: Iterable<string>, file = 'events.details.json'): Map<string, EventDetails> {
  if (!isObject(json)) throw new DataError(file, 'not an object keyed by event id');
  const details = new Map<string, EventDetails>();
  for (const id of ids) {
    if (!Object.hasOwn(json, id)) throw new DataError(file, `event ${id}: details missing`);
    details.set(id, checkDetails(json[id], id, file));
  }
  return details;
}

function checkTranslatedNames(p: Record<string, unknown>, id: string, file: string): void {
  for (const key of eventTextLanguages.flatMap((lang) => [`locality_${lang}`, `time_note_${lang}`])) {
    const value = p[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      throw new DataError(file, `event ${id}: ${key} must be a non-empty string when present`);
    }
  }
  for (const lang of eventTextLanguages) {
    if (p[`time_note_${lang}`] !== undefined && p.time_note === undefined) {
      throw new DataError(file, `event ${id}: time_note_${lang} translates a time_note the event does not have`);
    }
  }
}

/**
 * Validates a derived events.text.<lang>.json: id → { description?, locality?, time_note? }.
 * Events without an entry fall back to English (shown with a marker); unknown ids are refused.
 */
export function parseEventTexts(json: unknown, ids: Iterable<string>, file: string): Map<string, EventText> {
  if (!isObject(json)) throw new DataError(file, 'not an object keyed by event id');
  const known = new Set(ids);
  const texts = new Map<string, EventText>();
  for (const [id, value] of Object.entries(json)) {
    if (!known.has(id)) throw new DataError(file, `event ${id}: not in the dataset`);
    if (!isObject(value)) throw new DataError(file, `event ${id}: must be an object`);
    for (const [key, text] of Object.entries(value)) {
      if (!(eventTextFields as readonly string[]).includes(key)) throw new DataError(file, `event ${id}: unknown field ${key}`);
      if (typeof text !== 'string' || text.trim() === '') throw new DataError(file, `event ${id}: ${key} must be a non-empty string`);
    }
    texts.set(id, value as EventText);
  }
  return texts;
}

function checkDetails(value: unknown, id: string, file: string): EventDetails {
  const fail = (field: string, problem: string): never => {
    throw new DataError(file, `event ${id}: ${field} ${problem}`);
  };
  if (!isObject(value)) fail('details', 'must be an object');
  const { description, sources } = value as Record<string, unknown>;
  if (!isObject(description) || typeof description.en !== 'string' || description.en.trim() === '') {
    fail('description', 'must have an English text (description.en)');
  }
  for (const lang of eventTextLanguages) {
    const text = (description as Record<string, unknown>)[lang];
    if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) fail(`description.${lang}`, 'must be a non-empty string when present');
  }
  checkSources(sources, fail);
  return value as EventDetails;
}

function checkEvent(feature: unknown, index: number, file: string): EventFeature {
  if (!isObject(feature) || feature.type !== 'Feature' || !isObject(feature.properties)) {
    throw new DataError(file, `event #${index}: not a GeoJSON Feature with properties`);
  }
  const p = feature.properties;
  const id = typeof p.id === 'string' ? p.id : `#${index}`;
  const fail = (field: string, problem: string): never => {
    throw new DataError(file, `event ${id}: ${field} ${problem}`);
  };
  const [problem] = checkFields(p, eventFields);
  if (problem) throw new DataError(file, `event ${id}: ${problem}`);
  if (feature.id !== p.id) fail('id', 'must equal the feature id');
  if (p.end !== undefined && toInstant(p.end as string) <= toInstant(p.start as string)) fail('end', 'must be after start');
  if ((p.time_precision === 'unknown') === p.time_known) fail('time_known', 'must be false exactly when time_precision is unknown');
  checkScope(p, feature.geometry, fail);
  if (p.emergency !== undefined) checkEmergency(p, fail);
  if (p.threat !== undefined) checkThreat(p, fail);
  if (p.figures !== undefined) checkFigures(p.figures, fail);
  if (p.death_toll !== undefined) checkDeathToll(p.death_toll, fail);
  return feature as unknown as EventFeature;
}

type Fail = (field: string, problem: string) => never;

function checkScope(p: Record<string, unknown>, geometry: unknown, fail: Fail): void {
  if (p.scope === 'national') {
    if (geometry !== null) fail('geometry', 'must be null for a national event');
    if (p.region !== null) fail('region', 'must be null for a national event');
    if (!Array.isArray(p.regions) || p.regions.length === 0 || !p.regions.every(isRegionId)) {
      fail('regions', 'must list the January 2022 regions a national event affects');
    }
  } else {
    // eventFields has admitted only `local` here, and a region id or null.
    if (p.region === null) fail('region', 'must be a January 2022 region id for a local event');
    if (!isObject(geometry) || geometry.type !== 'Point' || !isLonLat(geometry.coordinates)) {
      fail('geometry', 'must be a Point [longitude, latitude] for a local event');
    }
  }
}

function isLonLat(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

function checkSources(sources: unknown, fail: Fail): void {
  if (!Array.isArray(sources) || sources.length === 0) fail('sources', 'must list at least one source');
  (sources as unknown[]).forEach((source, index) => {
    if (!isObject(source) || typeof source.publisher !== 'string' || source.publisher === '') {
      fail(`sources[${index}].publisher`, 'must name the publisher');
    }
    const { url, via } = source as Record<string, unknown>;
    if (!isHttpUrl(url)) fail(`sources[${index}].url`, 'must be an http(s) URL');
    if (via !== undefined && (typeof via !== 'string' || via === '')) fail(`sources[${index}].via`, 'must be a non-empty string');
  });
}

export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

function checkEmergency(p: Record<string, unknown>, fail: Fail): void {
  const emergency = p.emergency;
  if (!isObject(emergency) || !(emergencyActions as readonly unknown[]).includes(emergency.action)) {
    fail('emergency.action', `must be ${emergencyActions.join(' or ')}`);
  }
  const { regions } = emergency as Record<string, unknown>;
  if (!Array.isArray(regions) || regions.length === 0 || !regions.every(isRegionId)) {
    fail('emergency.regions', 'must list January 2022 region ids');
  }
  if (p.type !== 'government-decision') fail('emergency', 'belongs on government-decision events only');
}

function checkThreat(p: Record<string, unknown>, fail: Fail): void {
  const threat = p.threat;
  if (!isObject(threat) || !(threatLevels as readonly unknown[]).includes(threat.level)) {
    fail('threat.level', `must be ${threatLevels.join(', ')}`);
  }
  const { regions } = threat as Record<string, unknown>;
  if (!Array.isArray(regions) || regions.length === 0 || !regions.every(isRegionId) || new Set(regions).size !== regions.length) {
    fail('threat.regions', 'must list distinct January 2022 region ids');
  }
  if (!(threatEventTypes as readonly unknown[]).includes(p.type)) fail('threat', `belongs on ${threatEventTypes.join(' or ')} events only`);
}

function isCount(value: unknown): value is Count {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  return (
    isObject(value) &&
    typeof value.min === 'number' &&
    typeof value.max === 'number' &&
    value.min >= 0 &&
    value.min <= value.max
  );
}

function isFigure(value: unknown): value is Figure {
  if (isCount(value)) return true;
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((claim) => isObject(claim) && isCount(claim.value) && typeof claim.by === 'string' && claim.by !== '')
  );
}

function checkFigures(figures: unknown, fail: Fail): void {
  if (!isObject(figures)) fail('figures', 'must be an object');
  for (const [key, value] of Object.entries(figures as Record<string, unknown>)) {
    if (!(figureKeys as readonly string[]).includes(key)) fail(`figures.${key}`, `is not one of ${figureKeys.join(', ')}`);
    if (!isFigure(value)) fail(`figures.${key}`, 'must be a number, {min, max} or a list of {value, by} claims');
  }
}

function checkDeathToll(toll: unknown, fail: Fail): void {
  if (!isObject(toll) || typeof toll.total !== 'number' || toll.total < 0) fail('death_toll.total', 'must be a number');
  const { by, status, security } = toll as Record<string, unknown>;
  if (typeof by !== 'string' || by === '') fail('death_toll.by', 'must name who reported it');
  if (!(deathTollStatuses as readonly unknown[]).includes(status)) fail('death_toll.status', `must be ${deathTollStatuses.join(' or ')}`);
  if (security !== undefined && typeof security !== 'number') fail('death_toll.security', 'must be a number');
}
