import { readFileSync } from 'node:fs';
import type { Collection } from './checkGeography';

const geoDir = new URL('../../geo/', import.meta.url);
const fixtureDir = new URL('../fixtures/in/', import.meta.url);

/** The committed text of a file in geo/ (for size checks). */
export function readGeoText(name: string): string {
  return readFileSync(new URL(name, geoDir), 'utf8');
}

/** A committed file in geo/, parsed. */
export function readGeoFile(name: string): Collection {
  return toCollection(readGeoText(name), `geo/${name}`);
}

/** A hand-written fixture in tests/fixtures/in/, parsed. */
export function readFixture(name: string): Collection {
  return toCollection(readFileSync(new URL(name, fixtureDir), 'utf8'), `tests/fixtures/in/${name}`);
}

function toCollection(text: string, path: string): Collection {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || (parsed as { type?: unknown }).type !== 'FeatureCollection') {
    throw new Error(`${path} is not a GeoJSON FeatureCollection`);
  }
  if (!Array.isArray((parsed as { features?: unknown }).features)) throw new Error(`${path} has no features array`);
  return parsed as Collection;
}
