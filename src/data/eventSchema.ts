import { citySlugPattern } from './citySchema';
import type { Expect, FieldRule, RulesDescribe } from './checkFields';
import type { EventProperties } from './eventTypes';
import { regionIds2022 } from './regionSchema';

/** Event type slugs (CONTRACT.md), used in data, URL, protocol and CSV alike. */
export const eventTypes = [
  'protest',
  'clash',
  'property-attack',
  'security-operation',
  'casualties',
  'government-decision',
  'shutdown',
  'foreign-deployment',
] as const;

export const eventScopes = ['local', 'national'] as const;
/** How much of the time of day is known; geo/README.md gives the hours used for parts of day. */
export const timePrecisions = ['exact', 'approximate', 'part-of-day', 'unknown'] as const;
export const confidences = ['high', 'medium', 'low'] as const;
export const emergencyActions = ['declared', 'lifted'] as const;
/** Terrorism-threat levels (CONTRACT.md), highest first; `none` means no level is in force. */
export const threatLevels = ['red', 'orange', 'yellow', 'none'] as const;
/** The only event types that may carry a `threat` change (CONTRACT.md, "Event types"). */
export const threatEventTypes = ['security-operation', 'government-decision'] as const;
export const deathTollStatuses = ['official', 'retracted'] as const;
export const figureKeys = ['crowd', 'deaths', 'injured', 'detained'] as const;
/** Languages an event's texts are translated into, besides English. */
export const eventTextLanguages = ['ru', 'kk'] as const;
/** Fields of a derived events.text.<lang>.json entry. */
export const eventTextFields = ['description', 'locality', 'time_note'] as const;

/**
 * The flat properties of an event. The structured ones (emergency, threat, death_toll, figures, sources)
 * and the rules between fields (scope decides region and geometry, end after start) are checked
 * in parseEvents.ts.
 */
export const eventFields = {
  id: { type: 'string', pattern: /^KZ22-\d{3,6}$/, expected: 'an id like KZ22-001' },
  start: { type: 'instant' },
  end: { type: 'instant', optional: true },
  time_known: { type: 'boolean' },
  time_precision: { type: 'enum', values: timePrecisions },
  time_note: { type: 'string', optional: true },
  scope: { type: 'enum', values: eventScopes },
  region: { type: 'enum', values: regionIds2022, nullable: true, expected: 'a January 2022 region id' },
  city: { type: 'string', nullable: true, pattern: citySlugPattern, expected: 'a cities.geojson id or null' },
  locality: { type: 'string' },
  type: { type: 'enum', values: eventTypes },
  confidence: { type: 'enum', values: confidences },
} as const satisfies Partial<Record<keyof EventProperties, FieldRule>>;

// Fails to compile when eventFields and EventProperties (eventTypes.ts) disagree on a field.
export type EventFieldsMatchTypes = Expect<RulesDescribe<typeof eventFields, Pick<EventProperties, keyof typeof eventFields>>>;
