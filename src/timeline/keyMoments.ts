import type { EventFeature } from '../data/eventTypes';
import { toInstant, type Instant } from './instant';

/**
 * The moments marked on the slider track, by the event that marks each. Their labels live in the
 * catalogues (`messages.keyMoments[id]`), so every language names them.
 */
export const keyMomentEvents = [
  { id: 'first-protest', event: 'KZ22-002' },
  { id: 'emergency', event: 'KZ22-035' },
  { id: 'government-resigns', event: 'KZ22-036' },
  { id: 'nationwide-emergency', event: 'KZ22-039' },
  { id: 'airport', event: 'KZ22-049' },
  { id: 'csto-request', event: 'KZ22-068' },
  { id: 'csto-arrival', event: 'KZ22-070' },
  { id: 'internet-back', event: 'KZ22-110' },
  { id: 'csto-leaves', event: 'KZ22-140' },
] as const;

export type KeyMomentId = (typeof keyMomentEvents)[number]['id'];

/** The nationwide internet cut, from the blackout to Almaty's reconnection: reporting was thin. */
export const internetCutEvents = { from: 'KZ22-040', to: 'KZ22-110' } as const;

export interface KeyMoment {
  id: KeyMomentId;
  event: string;
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
