import { describe, expect, it } from 'vitest';
import { eventTypes } from '../../../src/data/eventTypes';
import { hourMs, toInstant } from '../../../src/timeline/instant';
import { viewReducer, type View } from '../../../src/view/viewReducer';

const span = { start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-26T00:00+06:00') };
const view: View = {
  t: toInstant('2022-01-05T12:00+06:00'),
  mode: 'cumulative',
  types: null,
  event: null,
  focus: null,
  playing: false,
  speed: 8,
  listScope: 'so-far',
  trail: false,
  tableVisible: false,
};

describe('viewReducer(view, action)', () => {
  it("'step' moves by hours and clamps to the window", () => {
    expect(viewReducer(view, { type: 'step', hours: 1 }, span).t).toBe(view.t + hourMs);
    expect(viewReducer(view, { type: 'step', hours: -1000 }, span).t).toBe(span.start);
  });
  it("'step' at the end stops playback", () => {
    const playing = { ...view, t: (span.end - hourMs) as View['t'], playing: true };
    expect(viewReducer(playing, { type: 'step', hours: 1 }, span)).toMatchObject({ t: span.end, playing: false });
  });
  it("'play' at the end starts the story over", () => {
    expect(viewReducer({ ...view, t: span.end }, { type: 'play' }, span)).toMatchObject({ t: span.start, playing: true });
  });
  it("'set-time' snaps to the hour grid", () => {
    expect(viewReducer(view, { type: 'set-time', t: view.t + 20 * 60_000 }, span).t).toBe(view.t);
  });
  it("'select-event' snaps up so the event has happened, and pauses", () => {
    const next = viewReducer({ ...view, playing: true }, { type: 'select-event', event: 'KZ22-035', t: toInstant('2022-01-05T01:30+06:00') }, span);
    expect(next).toMatchObject({ event: 'KZ22-035', t: toInstant('2022-01-05T02:00+06:00'), playing: false });
  });
  it("'toggle-type' removes a type from 'all' and returns to null when all are back", () => {
    const without = viewReducer(view, { type: 'toggle-type', eventType: 'protest', all: eventTypes }, span);
    expect(without.types).toEqual(eventTypes.filter((type) => type !== 'protest'));
    expect(viewReducer(without, { type: 'toggle-type', eventType: 'protest', all: eventTypes }, span).types).toBeNull();
  });
  it('returns the same object when nothing changes, so React skips the render', () => {
    expect(viewReducer(view, { type: 'set-time', t: view.t }, span)).toBe(view);
  });
});

