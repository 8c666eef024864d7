import type { EventFeature } from '../data/eventTypes';
import { toInstant, type Instant } from './instant';

/**
 * The moments marked on the slider track, by the event that marks each. Their labels live in the
 * catalogues (`messages.keyMoments[id]`, shorter ones in `messages.keyMomentsShort[id]`), so every
 * language names them. `priority` ranks them for the track's labels when room is short: 1 keeps its
 * label longest (the start, the foreign troops, the emergencies; the rest read as markers first).
 */
export const keyMomentEvents = [
  { id: 'first-protest', event: 'KZ22-002', priority: 1 },
  { id: 'emergency', event: 'KZ22-035', priority: 3 },
  { id: 'government-resigns', event: 'KZ22-036', priority: 6 },
  { id: 'nationwide-emergency', event: 'KZ22-039', priority: 4 },
  { id: 'airport', event: 'KZ22-049', priority: 5 },
  { id: 'csto-request', event: 'KZ22-068', priority: 7 },
  { id: 'csto-arrival', event: 'KZ22-070', priority: 2 },
  { id: 'internet-back', event: 'KZ22-110', priority: 8 },
  { id: 'csto-leaves', event: 'KZ22-140', priority: 9 },
] as const;

export type KeyMomentId = (typeof keyMomentEvents)[number]['id'];

/** The nationwide internet cut, from the blackout to Almaty's reconnection: reporting was thin. */
export const internetCutEvents = { from: 'KZ22-040', to: 'KZ22-110' } as const;

export interface KeyMoment {
  id: KeyMomentId;
  event: string;
  /** 1 is the most important (see keyMomentEvents). */
  priority: number;
  t: Instant;
}

/** Key moments present in `events` (a type filter may hide some), in time order. */
export function keyMomentsIn(events: readonly EventFeature[]): KeyMoment[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  return keyMomentEvents
    .flatMap((moment) => {
      const event = byId.get(moment.event);
      return event ? [{ ...moment, t: toInstant(event.properties.start) }] : [];
    })
    .sort((a, b) => a.t - b.t);
}

/** The internet-cut band as [from, to) instants, or null if either event is missing. */
export function internetCutIn(events: readonly EventFeature[]): { from: Instant; to: Instant } | null {
  const from = events.find((event) => event.id === internetCutEvents.from);
  const to = events.find((event) => event.id === internetCutEvents.to);
  return from && to ? { from: toInstant(from.properties.start), to: toInstant(to.properties.start) } : null;
}
