import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storyFor, typesKey } from '../../../src/scene/buildStoryIndex';
import { reuseEntries, sceneAt, type Scene, type SceneView } from '../../../src/scene/sceneAt';
import { formatAlmatyMinute, hourMs, toInstant, type Instant } from '../../../src/timeline/instant';
import { makeSceneIndex, sceneEvents } from './sceneFixture';

const index = makeSceneIndex();
const view = (iso: string, overrides: Partial<SceneView> = {}): SceneView => ({ t: toInstant(iso), mode: 'cumulative', types: null, trail: false, ...overrides });

/** A scene as readable lines: what every renderer is given at the instant. */
function describeScene(scene: Scene) {
  const regions = [...scene.regions]
    .filter(([, s]) => s.level !== 'calm' || s.emergency || s.threat !== 'none')
    .map(([id, s]) => `${id}: ${s.level}${s.emergency ? ', emergency' : ''}${s.threat === 'none' ? '' : `, threat ${s.threat}`}, ${s.eventsSoFar} so far`);
  const places = [...scene.places].filter(([, s]) => s.eventsSoFar > 0).map(([id, s]) => `${id}: ${s.level}, ${s.eventsSoFar}`);
  return {
    t: formatAlmatyMinute(scene.t),
    mode: scene.mode,
    regions,
    places,
    national: `${scene.national.eventsSoFar} national so far; toll ${scene.national.deathToll ? `${scene.national.deathToll.total} (${scene.national.deathToll.by})` : 'none'}`,
    spread: `${scene.spread.regionsWithProtests} of 17 regions; farthest ${scene.spread.farthest ? `${scene.spread.farthest.place.id} ${Math.round(scene.spread.farthest.km)} km` : 'none'}`,
  };
}

const goldenUrl = new URL('../../fixtures/out/scene-steps.json', import.meta.url);

describe('sceneAt(index, view, previous)', () => {
  it('matches the golden scenes at the fixture story\'s turning points (REGEN=1 rewrites them)', () => {
    const instants = ['2022-01-02T10:00+06:00', '2022-01-02T13:00+06:00', '2022-01-03T00:00+06:00', '2022-01-05T02:00+06:00', '2022-01-06T12:00+06:00', '2022-01-09T12:00+06:00', '2022-01-10T00:00+06:00', '2022-01-26T00:00+06:00'];
    const scenes = [
      ...instants.map((iso) => describeScene(sceneAt(index, view(iso)))),
      describeScene(sceneAt(index, view('2022-01-06T00:00+06:00', { mode: 'current' }))),
      describeScene(sceneAt(index, view('2022-01-10T00:00+06:00', { types: ['clash'] }))),
    ];
    const actual = `${JSON.stringify({ input: sceneEvents.map((event) => `${event.id} ${event.properties.start} ${event.properties.type} ${event.properties.locality}`), scenes }, null, 2)}\n`;
    if (process.env.REGEN === '1') writeFileSync(goldenUrl, actual);
    if (!existsSync(goldenUrl)) throw new Error('no golden scenes yet: run REGEN=1 npx vitest run tests/unit/scene');
    expect(actual).toBe(readFileSync(goldenUrl, 'utf8'));
  });

  it('reuses every map of the previous scene when a step changes nothing', () => {
    const before = sceneAt(index, view('2022-01-03T05:00+06:00'));
    const after = sceneAt(index, { ...view('2022-01-03T05:00+06:00'), t: (before.t + hourMs) as Instant }, before);
    expect(after.regions).toBe(before.regions);
    expect(after.places).toBe(before.places);
    expect(after.national).toBe(before.national);
    expect(after.spread).toBe(before.spread);
  });

  it('replaces only the entry of a region whose threat level changed, and only at the change', () => {
    const before = sceneAt(index, view('2022-01-25T23:00+06:00'));
    const same = sceneAt(index, view('2022-01-25T23:00+06:00'), before);
    expect(same.regions).toBe(before.regions);
    const after = sceneAt(index, view('2022-01-26T00:00+06:00'), before);
    const changed = [...after.regions].filter(([id, status]) => status !== before.regions.get(id)).map(([id]) => id);
    expect(changed).toEqual(['KZ-ALA']);
    expect([before.regions.get('KZ-ALA')?.threat, after.regions.get('KZ-ALA')?.threat]).toEqual(['red', 'orange']);
    expect(after.regions.get('KZ-MAN')).toBe(before.regions.get('KZ-MAN'));
  });

  it('replaces only the entry of the region that changed, keeping the other sixteen', () => {
    const before = sceneAt(index, view('2022-01-04T21:00+06:00'));
    const after = sceneAt(index, view('2022-01-04T22:00+06:00'), before);
    expect(after.regions).not.toBe(before.regions);
    const changed = [...after.regions].filter(([id, status]) => status !== before.regions.get(id)).map(([id]) => id);
    expect(changed).toEqual(['KZ-ALA']);
    expect(after.regions.get('KZ-ALA')?.level).toBe('violence');
    expect(after.places.get('zhanaozen')).toBe(before.places.get('zhanaozen'));
    expect(after.places.get('almaty')).not.toBe(before.places.get('almaty'));
  });

  it("keeps a region's entry when only the trailing-24 h count would change in another region", () => {
    const before = sceneAt(index, view('2022-01-03T11:00+06:00'));
    // 24 h after Zhanaozen's protest (12:00 Almaty) its trailing count drops; Almaty stays calm.
    const after = sceneAt(index, view('2022-01-03T13:00+06:00'), before);
    expect(after.regions.get('KZ-ALA')).toBe(before.regions.get('KZ-ALA'));
    expect(after.regions.get('KZ-MAN')).not.toBe(before.regions.get('KZ-MAN'));
  });

  it('flags emergencies half-open: in force from the decree, not at the lifting instant', () => {
    expect(sceneAt(index, view('2022-01-05T01:30+06:00')).regions.get('KZ-MAN')?.emergency).toBe(true);
    expect(sceneAt(index, view('2022-01-10T00:00+06:00')).regions.get('KZ-MAN')?.emergency).toBe(false);
    expect(sceneAt(index, view('2022-01-10T00:00+06:00')).regions.get('KZ-ALA')?.emergency).toBe(true);
  });

  it('keeps the story window of the whole record under a type filter (the slider does not jump)', () => {
    const filtered = sceneAt(index, view('2022-01-05T00:00+06:00', { types: ['clash'] }));
    expect(filtered.story.timeline.window).toEqual(index.window);
    expect(filtered.story.timeline.events.map((event) => event.id)).toEqual(['KZ22-020']);
  });
});

describe('storyFor(index, types)', () => {
  it('builds a filtered story once and returns the cached one for the same set in any order', () => {
    const a = storyFor(index, ['clash', 'protest']);
    expect(storyFor(index, ['protest', 'clash'])).toBe(a);
    expect(storyFor(index, null)).toBe(index.all);
  });
  it('treats a list of every type as no filter', () => {
    expect(typesKey(['protest', 'clash', 'property-attack', 'security-operation', 'casualties', 'government-decision', 'shutdown', 'foreign-deployment'])).toBe('*');
  });
});

describe('reuseEntries(next, previous, same)', () => {
  const same = (a: { n: number }, b: { n: number }) => a.n === b.n;
  it('returns previous itself when every entry is equal and the keys match', () => {
    const previous = new Map([['a', { n: 1 }]]);
    expect(reuseEntries(new Map([['a', { n: 1 }]]), previous, same)).toBe(previous);
  });
  it('returns a new map when a key was added, reusing the equal entries', () => {
    const kept = { n: 1 };
    const next = reuseEntries(new Map([['a', { n: 1 }], ['b', { n: 2 }]]), new Map([['a', kept]]), same);
    expect(next.get('a')).toBe(kept);
    expect(next.size).toBe(2);
  });
  it('returns next unchanged when there is no previous scene', () => {
    const next = new Map([['a', { n: 1 }]]);
    expect(reuseEntries(next, undefined, same)).toBe(next);
  });
});
