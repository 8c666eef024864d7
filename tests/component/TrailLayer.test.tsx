// @vitest-environment jsdom
import './leafletInJsdom';
import { cleanup } from '@testing-library/react';
import L from 'leaflet';
import { createRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/messages';
import { ru } from '../../src/i18n/messages.ru';
import { TrailLayer } from '../../src/map/TrailLayer';
import type { Messages } from '../../src/i18n/messages';
import { sceneAt, type Scene } from '../../src/scene/sceneAt';
import { toInstant } from '../../src/timeline/instant';
import { makeSceneIndex } from '../unit/scene/sceneFixture';
import { renderMap } from './renderMap';

const index = makeSceneIndex();
const sceneOf = (iso: string, previous: Scene | null = null) => sceneAt(index, { t: toInstant(iso), mode: 'cumulative', types: null, trail: true }, previous);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function mount(first: Scene) {
  const ref = createRef<L.LayerGroup>();
  const layer = (scene: Scene, messages: Messages = en) => <TrailLayer ref={ref} reaches={scene.story.spread.reaches} t={scene.t} messages={messages} />;
  const map = renderMap(layer(first));
  const added = vi.spyOn(L.LayerGroup.prototype, 'addLayer');
  const removed = vi.spyOn(L.LayerGroup.prototype, 'removeLayer');
  const dots = () => map.container.querySelectorAll('path.qm-spread-dot');
  const key = () => map.container.querySelector('[data-testid="spread-key"]');
  return { added, removed, dots, key, update: (scene: Scene, messages: Messages = en) => map.rerender(layer(scene, messages)) };
}

describe('<TrailLayer> (the spread view: day dots and a day key, created once, updated by diff)', () => {
  it('draws a dot for each place reached so far, coloured by its day, and a key with one entry per day', () => {
    const { dots, key } = mount(sceneOf('2022-01-03T00:00+06:00'));
    expect(dots()).toHaveLength(2);
    const fills = [...dots()].map((dot) => dot.getAttribute('fill'));
    expect(new Set(fills).size).toBe(1); // Zhanaozen and Aktau joined on the same day
    // Zhanaozen and Aktau on 2 January, Almaty on 4 January: two days, the later one not begun yet.
    expect(key()?.querySelectorAll('li')).toHaveLength(2);
    expect(key()?.querySelectorAll('.qm-spread-key__day--later')).toHaveLength(1);
    expect(key()?.textContent).toContain('2 Jan');
  });

  it('a step in which one more place is reached adds that one dot only, and a step where none is touches nothing', () => {
    const before = sceneOf('2022-01-04T21:00+06:00');
    const { added, removed, dots, update } = mount(before);
    expect(dots()).toHaveLength(2);
    const reached = sceneOf('2022-01-04T22:00+06:00', before);
    update(reached);
    expect(added).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
    expect(dots()).toHaveLength(3);
    // A later day: a new colour.
    expect(new Set([...dots()].map((dot) => dot.getAttribute('fill'))).size).toBe(2);
    update(sceneOf('2022-01-04T23:00+06:00', reached));
    expect(added).toHaveBeenCalledTimes(1);
    expect(removed).not.toHaveBeenCalled();
  });

  it('stepping back before a place was reached removes its dot only, and fades the key days not yet begun', () => {
    const after = sceneOf('2022-01-04T22:00+06:00');
    const { removed, dots, key, update } = mount(after);
    expect(key()?.querySelectorAll('.qm-spread-key__day--later')).toHaveLength(0);
    update(sceneOf('2022-01-03T12:00+06:00', after));
    expect(removed).toHaveBeenCalledTimes(1);
    expect(dots()).toHaveLength(2);
    expect(key()?.querySelectorAll('.qm-spread-key__day--later')).toHaveLength(1);
  });

  it('a language switch rewrites the key without touching the dots', () => {
    const scene = sceneOf('2022-01-06T00:00+06:00');
    const { added, removed, key, update } = mount(scene);
    update(scene, ru);
    expect(key()?.textContent).toContain(ru.spreadKeyTitle);
    expect(added).not.toHaveBeenCalled();
    expect(removed).not.toHaveBeenCalled();
  });
});
