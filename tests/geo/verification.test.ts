import { describe, expect, it } from 'vitest';
import { parseFullEvents } from '../../src/data/parseEvents';
import { readGeoText } from './readGeoJson';

// geo/verification.json: which events were checked against independent reports, with what result
// (geo/README.md, "Verification record"). These tests keep the record auditable.

const outcomes = ['confirmed', 'corrected', 'partly-verified', 'unverified', 'added'] as const;
const checks = ['date', 'time', 'place', 'region', 'type', 'figures', 'claimant', 'sources'] as const;

interface Entry {
  id: string;
  checked: string[];
  urls: string[];
  date: string;
  outcome: string;
  note?: string;
}

const record = JSON.parse(readGeoText('verification.json')) as {
  allowed_outcomes: unknown;
  allowed_checks: unknown;
  entries: Entry[];
};
const events = parseFullEvents(JSON.parse(readGeoText('events.geojson')));
const eventById = new Map(events.map((event) => [event.id, event]));

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isHttps(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

describe('geo/verification.json', () => {
  it('states the outcomes and checks it allows, as geo/README.md documents them', () => {
    expect(record.allowed_outcomes).toEqual(outcomes);
    expect(record.allowed_checks).toEqual(checks);
  });

  it('is not empty', () => {
    expect(Array.isArray(record.entries)).toBe(true);
    expect(record.entries.length).toBeGreaterThan(0);
  });

  it('has an entry for every event: none is left unchecked', () => {
    const recorded = new Set(record.entries.map((entry) => entry.id));
    expect(events.map((event) => event.id).filter((id) => !recorded.has(id))).toEqual([]);
  });

  it('names only events that exist, each once, in id order', () => {
    const ids = record.entries.map((entry) => entry.id);
    expect(ids.filter((id) => !eventById.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });

  it('gives every entry an allowed outcome, what was checked, an ISO date and https URLs', () => {
    for (const entry of record.entries) {
      expect(outcomes, entry.id).toContain(entry.outcome);
      expect(entry.checked.length, entry.id).toBeGreaterThan(0);
      for (const check of entry.checked) expect(checks, `${entry.id} checked ${check}`).toContain(check);
      expect(isIsoDate(entry.date), `${entry.id} date ${entry.date}`).toBe(true);
      expect(entry.date >= '2026-01-01' && entry.date <= new Date().toISOString().slice(0, 10), `${entry.id} date`).toBe(true);
      expect(entry.urls.length, entry.id).toBeGreaterThan(0);
      for (const url of entry.urls) expect(isHttps(url), `${entry.id} ${url}`).toBe(true);
    }
  });

  it('uses at least one report beyond the sources the event already cites', () => {
    for (const entry of record.entries) {
      const cited = new Set(eventById.get(entry.id)?.properties.sources.map((source) => source.url));
      // A corrected event may have taken the new report into its sources; the check still counts.
      // An added event was written from the reports of its check, so they are its sources.
      if (entry.outcome === 'corrected' || entry.outcome === 'added') continue;
      expect(entry.urls.some((url) => !cited.has(url)), entry.id).toBe(true);
    }
  });

  it('lists, for an event added at a check, exactly the reports it was written from', () => {
    for (const entry of record.entries.filter((e) => e.outcome === 'added')) {
      const cited = eventById.get(entry.id)?.properties.sources.map((source) => source.url) ?? [];
      expect([...entry.urls].sort(), entry.id).toEqual([...cited].sort());
    }
  });

  it('explains every outcome other than confirmed with a note', () => {
    for (const entry of record.entries) {
      if (entry.outcome !== 'confirmed') expect(entry.note?.trim().length ?? 0, entry.id).toBeGreaterThan(10);
      if (entry.note !== undefined) expect(typeof entry.note, entry.id).toBe('string');
    }
  });
});
