import type { EventFeature } from '../data/eventTypes';
import { toInstant, type Instant } from './instant';

/** The moments marked on the slider track, by the event that marks each. */
export const keyMomentEvents = [
  { id: 'first-protest', event: 'KZ22-002', label: 'First protest, Zhanaozen' },
  { id: 'emergency', event: 'KZ22-035', label: 'Government resigns; first state of emergency' },
  { id: 'nationwide-emergency', event: 'KZ22-039', label: 'Emergency nationwide' },
  { id: 'airport', event: 'KZ22-049', label: 'Almaty airport seized' },
  { id: 'csto-request', event: 'KZ22-068', label: 'Tokayev asks the CSTO for help' },
  { id: 'csto-arrival', event: 'KZ22-070', label: 'First CSTO troops land' },
  { id: 'internet-back', event: 'KZ22-110', label: 'Internet restored in Almaty' },
  { id: 'csto-leaves', event: 'KZ22-140', label: 'Last CSTO troops leave' },
] as const;

/** The nationwide internet cut, from the blackout to Almaty's reconnection: reporting was thin. */
export const internetCutEvents = { from: 'KZ22-040', to: 'KZ22-110' } as const;

export interface KeyMoment {
  id: string;
  event: string;
  label: string;
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
