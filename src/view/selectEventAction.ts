import type { EventFeature } from '../data/eventTypes';
import { slugify } from '../timeline/buildTimeline';
import { toInstant } from '../timeline/instant';
import type { ViewAction } from './viewReducer';

/**
 * Selecting an event: the instant moves to it (snapped up by the reducer, so it has happened) and
 * a local event's place becomes the focus, the same way from the list, the map and a host command.
 */
export function selectEventAction(event: EventFeature): ViewAction {
  const p = event.properties;
  const focus = p.scope === 'local' ? { kind: 'place' as const, id: p.city ?? slugify(p.locality) } : undefined;
  return { type: 'select-event', event: event.id, t: toInstant(p.start), focus };
}
