import { describe, expect, it } from 'vitest';
import type { EventFeature } from '../../../src/data/eventTypes';
import { commandToAction } from '../../../src/embed/commandToAction';
import { toInstant } from '../../../src/timeline/instant';

const window = { start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-26T00:00+06:00') };
const local = {
  type: 'Feature',
  id: 'KZ22-049',
  geometry: { type: 'Point', coordinates: [77.04, 43.35] },
  properties: { id: 'KZ22-049', start: '2022-01-05T18:30+06:00', scope: 'local', region: 'KZ-ALA', city: null, locality: 'Almaty International Airport', type: 'property-attack' },
} as unknown as EventFeature;
const context = { window, eventsById: new Map([[local.id, local]]) };

describe('commandToAction(message, context)', () => {
  it("maps 'set-time' through the link's time rules (a bare date is the end of that day)", () => {
    expect(commandToAction({ type: 'set-time', t: '2022-01-05' }, context)).toEqual({ type: 'set-time', t: toInstant('2022-01-06T00:00+06:00') });
  });
  it("refuses a 'set-time' that is no time, so the bridge counts it as ignored", () => {
    expect(commandToAction({ type: 'set-time', t: 'soon' }, context)).toBeNull();
  });
  it("'select-event' moves to the event and focuses its place", () => {
    expect(commandToAction({ type: 'select-event', event: 'KZ22-049' }, context)).toEqual({
      type: 'select-event',
      event: 'KZ22-049',
      t: toInstant('2022-01-05T18:30+06:00'),
      focus: { kind: 'place', id: 'almaty-international-airport' },
    });
  });
  it("'select-event' with an unknown id is refused; null clears the selection", () => {
    expect(commandToAction({ type: 'select-event', event: 'KZ22-999' }, context)).toBeNull();
    expect(commandToAction({ type: 'select-event', event: null }, context)).toEqual({ type: 'select-event', event: null });
  });
  it("passes play, pause, set-mode and set-types through, and answers 'get-state' with no action", () => {
    expect(commandToAction({ type: 'play' }, context)).toEqual({ type: 'play' });
    expect(commandToAction({ type: 'pause' }, context)).toEqual({ type: 'pause' });
    expect(commandToAction({ type: 'set-mode', mode: 'current' }, context)).toEqual({ type: 'set-mode', mode: 'current' });
    expect(commandToAction({ type: 'set-types', types: ['clash'] }, context)).toEqual({ type: 'set-types', types: ['clash'] });
    expect(commandToAction({ type: 'get-state' }, context)).toBeNull();
  });
});
