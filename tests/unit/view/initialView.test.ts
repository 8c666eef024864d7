import { describe, expect, it } from 'vitest';
import { toInstant } from '../../../src/timeline/instant';
import { initialView } from '../../../src/view/initialView';
import { makeSceneIndex } from '../scene/sceneFixture';

const index = makeSceneIndex();

describe('initialView(search, index)', () => {
  it('opens at the end of the story with nothing selected when the link names nothing', () => {
    const { view } = initialView('', index);
    expect(view.t).toBe(index.window.end);
    expect(view.event).toBeNull();
    expect(view.focus).toBeNull();
  });

  it('?event= without t moves the instant to the event (the next whole hour) and focuses its place', () => {
    const { view } = initialView('?event=KZ22-020', index);
    expect(view.t).toBe(toInstant('2022-01-04T22:00+06:00'));
    expect(view.event).toBe('KZ22-020');
    expect(view.focus).toEqual({ kind: 'place', id: 'almaty' });
  });

  it("a link's own t wins over the event's time", () => {
    const { view } = initialView('?t=2022-01-06&event=KZ22-020', index);
    expect(view.t).toBe(toInstant('2022-01-07T00:00+06:00'));
    expect(view.event).toBe('KZ22-020');
  });

  it('an unknown event id keeps the default instant and yields a notice', () => {
    const { view, notices } = initialView('?event=KZ22-999', index);
    expect(view.t).toBe(index.window.end);
    expect(notices).toEqual([expect.objectContaining({ kind: 'invalid', name: 'event' })]);
  });
});
