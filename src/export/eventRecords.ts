import type { EventDetails, EventFeature, EventText, Figure } from '../data/eventTypes';
import type { RegionCollection } from '../data/types';
import { eventSummary } from '../i18n/eventSummary';
import type { Messages } from '../i18n/messages';
import { regionLabel } from '../i18n/placeNames';

/** Everything a download needs of one event: the core, its details and the reader's language's texts. */
export interface ExportInput {
  events: readonly EventFeature[];
  details: ReadonlyMap<string, EventDetails>;
  /** The reader's language's texts (null for English). */
  texts: ReadonlyMap<string, EventText> | null;
  regions: RegionCollection;
  messages: Messages;
}

/** A figure as text: "300", "20–30", or competing claims "164 (Ministry of Health); 225 (Prosecutor General)". */
export function figureText(figure: Figure | undefined): string {
  if (figure === undefined) return '';
  const count = (value: number | { min: number; max: number }) => (typeof value === 'number' ? String(value) : `${value.min}–${value.max}`);
  if (!Array.isArray(figure)) return count(figure);
  return figure.map((claim) => `${count(claim.value)} (${claim.by}${claim.reported ? `, ${claim.reported}` : ''})`).join('; ');
}

/** The CSV's columns, in order; the same names as events.geojson where a field is copied. */
export const csvColumns = [
  'id',
  'start',
  'end',
  'time_known',
  'time_precision',
  'time_note',
  'scope',
  'region',
  'region_name',
  'regions',
  'city',
  'locality',
  'longitude',
  'latitude',
  'type',
  'confidence',
  'crowd',
  'deaths',
  'injured',
  'detained',
  'emergency_action',
  'threat_level',
  'death_toll_official',
  'description',
  'description_en',
  'source_publishers',
  'source_urls',
] as const;

export type CsvRecord = Record<(typeof csvColumns)[number], string>;

/** One flat record per event, texts in the reader's language with the English description kept. */
export function eventRecords({ events, details, texts, regions, messages }: ExportInput): CsvRecord[] {
  const regionNames = new Map(regions.features.map((region) => [region.id, regionLabel(region.properties, messages)]));
  return events.map((event) => {
    const p = event.properties;
    const detail = details.get(p.id);
    const text = texts?.get(p.id);
    const summary = eventSummary(p, text, messages);
    const point = event.geometry?.coordinates;
    const english = detail?.description.en ?? '';
    return {
      id: p.id,
      start: p.start,
      end: p.end ?? '',
      time_known: String(p.time_known),
      time_precision: p.time_precision,
      time_note: summary.timeNote ?? '',
      scope: p.scope,
      region: p.region ?? '',
      region_name: p.region ? (regionNames.get(p.region) ?? '') : '',
      regions: (p.emergency?.regions ?? p.threat?.regions ?? p.regions ?? []).join(' '),
      city: p.city ?? '',
      locality: summary.locality,
      longitude: point ? String(point[0]) : '',
      latitude: point ? String(point[1]) : '',
      type: p.type,
      confidence: p.confidence,
      crowd: figureText(p.figures?.crowd),
      deaths: figureText(p.figures?.deaths),
      injured: figureText(p.figures?.injured),
      detained: figureText(p.figures?.detained),
      emergency_action: p.emergency?.action ?? '',
      threat_level: p.threat?.level ?? '',
      death_toll_official: p.death_toll ? `${p.death_toll.total} (${p.death_toll.by}, ${p.death_toll.status})` : '',
      description: text?.description ?? english,
      description_en: english,
      source_publishers: (detail?.sources ?? []).map((source) => (source.via ? `${source.publisher} (via ${source.via})` : source.publisher)).join(' | '),
      source_urls: (detail?.sources ?? []).map((source) => source.url).join(' | '),
    };
  });
}
