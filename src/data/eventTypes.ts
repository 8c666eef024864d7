import type { Feature, Point } from 'geojson';
import type {
  confidences,
  deathTollStatuses,
  emergencyActions,
  eventScopes,
  eventTextFields,
  eventTextLanguages,
  eventTypes,
  figureKeys,
  threatLevels,
  timePrecisions,
} from './eventSchema';
import type { CityId, RegionId } from './types';

// The allowed values live in eventSchema.ts, next to the rules that check them; the unions here
// are derived from them. `eventTypes` is re-exported so that its importers keep working.
export { eventTypes } from './eventSchema';
export type EventType = (typeof eventTypes)[number];

export type Confidence = (typeof confidences)[number];
/** Languages of an event's texts besides English, which every event has. */
export type EventTextLanguage = (typeof eventTextLanguages)[number];

/** A count as reported: exact, or a range such as "20–30". */
export type Count = number | { min: number; max: number };

/** One report of a figure, for when sources disagree: all are kept side by side, never averaged. */
export interface FigureClaim {
  value: Count;
  /** Who gave the figure, e.g. "Interior Ministry", "Human Rights Watch". */
  by: string;
  /** ISO date on which it was reported, when that differs from the event's date. */
  reported?: string;
}

/** A figure is a single count, or a list of competing claims. */
export type Figure = Count | FigureClaim[];

export type EventFigures = { [key in (typeof figureKeys)[number]]?: Figure };

export interface EventSource {
  /** The outlet that published the report (the original, not a site that reposted it). */
  publisher: string;
  url: string;
  /** Where a repost was read, when the original could not be found: the reposting site. */
  via?: string;
}

/** Structured part of a state-of-emergency decision: per-region intervals derive from these. */
export interface EmergencyChange {
  action: (typeof emergencyActions)[number];
  regions: RegionId[];
}

export type ThreatLevel = (typeof threatLevels)[number];

/**
 * Structured part of a terrorism-threat decision: from `start` on, the regions are at `level`
 * (`none`: lifted). Per-region half-open intervals derive from these (threatIntervals.ts).
 */
export interface ThreatChange {
  level: ThreatLevel;
  regions: RegionId[];
}

/**
 * An official death toll for the whole country as reported at `start`: the headline shows the
 * latest one known at the current instant. A retracted figure stays in the data, flagged.
 */
export interface DeathToll {
  total: number;
  security?: number;
  by: string;
  status: (typeof deathTollStatuses)[number];
}

export type TimePrecision = (typeof timePrecisions)[number];

/**
 * What the map, slider and list need of an event: everything in events.geojson except the
 * description and the sources, which the browser fetches after the first view (EventDetails).
 */
export interface EventProperties {
  /** Research id, e.g. KZ22-002. */
  id: string;
  /** ISO 8601 with the offset of the clock the source used (+05:00 or +06:00). */
  start: string;
  end?: string;
  /** False when no time of day is known: `start` is then 12:00 local and shown as "time unknown". */
  time_known: boolean;
  /** How much of the time of day is known; see geo/README.md for the hours used for parts of day. */
  time_precision: TimePrecision;
  /** The imprecise time in words ("about 11:00", "evening"); shown instead of the placement hour. */
  time_note?: string;
  scope: (typeof eventScopes)[number];
  /** January 2022 region of a local event; null for national events. */
  region: RegionId | null;
  /** Regions a national decision applies to (all 17 when nationwide). */
  regions?: RegionId[];
  /** A cities.geojson id, or null for a place of its own (an oil field, the airport). */
  city: CityId | null;
  /** Display name of the place. */
  locality: string;
  type: EventType;
  emergency?: EmergencyChange;
  threat?: ThreatChange;
  death_toll?: DeathToll;
  figures?: EventFigures;
  confidence: Confidence;
}

/** The reading matter of an event, loaded when the page is idle. */
export interface EventDetails {
  /** Keyed by language; English is required, Russian and Kazakh may follow. */
  description: { en: string } & { [lang in EventTextLanguage]?: string };
  sources: EventSource[];
}

/** Place name and time words in Russian and Kazakh, next to the English ones in events.geojson. */
export type TranslatedNames = { [key in `locality_${EventTextLanguage}` | `time_note_${EventTextLanguage}`]?: string };

/** One event's texts in a language other than English (events.text.<lang>.json, derived). */
export type EventText = { [key in (typeof eventTextFields)[number]]?: string };

/** An event as geo/events.geojson stores it. */
export type FullEventProperties = EventProperties & EventDetails & TranslatedNames;

export type EventFeature = Feature<Point | null, EventProperties> & { id: string };
export type FullEventFeature = Feature<Point | null, FullEventProperties> & { id: string };

export interface EventCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
}
