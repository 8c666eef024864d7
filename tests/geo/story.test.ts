import { describe, expect, it } from 'vitest';
import { parseCities } from '../../src/data/parseCities';
import { parseFullEvents } from '../../src/data/parseEvents';
import { parseRegions } from '../../src/data/parseRegions';
import { captionParts } from '../../src/i18n/captionParts';
import { cityRegionNames, headlineParts } from '../../src/i18n/headlineParts';
import { en } from '../../src/i18n/messages';
import { kk } from '../../src/i18n/messages.kk';
import { ru } from '../../src/i18n/messages.ru';
import { buildStoryIndex } from '../../src/scene/buildStoryIndex';
import { sceneAt, type SceneView } from '../../src/scene/sceneAt';
import type { EventType } from '../../src/data/eventTypes';
import type { Place } from '../../src/timeline/buildTimeline';
import { toInstant } from '../../src/timeline/instant';
import { parseTimeParam } from '../../src/timeline/parseTimeParam';
import { buildPaceIndex, playbackDuration } from '../../src/timeline/playbackPace';
import { readGeoText } from './readGeoJson';

const regions = parseRegions(JSON.parse(readGeoText('regions.geojson')));
const cities = parseCities(JSON.parse(readGeoText('cities.geojson')));
const events = parseFullEvents(JSON.parse(readGeoText('events.geojson')));
const index = buildStoryIndex({ regions, cities, events });
const placeName = (place: Place) => place.name;

/** The scene a link opens on: `t` as the URL writes it (a bare date is the end of that day). */
function sceneOf(t: string, extra: Partial<Omit<SceneView, 't'>> = {}) {
  const parsed = parseTimeParam(t, index.window);
  if (!parsed.ok) throw new Error(`bad t ${t}`);
  return sceneAt(index, { t: parsed.t, mode: 'cumulative', types: null, trail: false, ...extra });
}
const headline = (scene: ReturnType<typeof sceneOf>, messages = en) => headlineParts(scene, placeName, messages, cityRegionNames(regions, messages));
const caption = (scene: ReturnType<typeof sceneOf>, messages = en) => captionParts(scene.beat, placeName, messages);

describe('the honest headline on the real record (issue 14, item 3)', () => {
  it('?t=2022-01-12&mode=current: a calm map is not "17 of 17"', () => {
    const scene = sceneOf('2022-01-12', { mode: 'current' });
    const active = [...scene.regions.values()].filter((region) => region.level !== 'calm').length;
    const parts = headline(scene);
    expect(parts.regions).not.toContain('17 of 17');
    expect(parts.regions).toBe(active === 0 ? 'No protests in the last 24 hours' : `Protests in the last 24 hours: ${active} of 17 regions`);
  });
  it('?types=casualties,foreign-deployment&t=2022-01-07T12:00: counts what the filter colours, naming no tiny city alone', () => {
    // The record now holds deaths outside Almaty by then (Oskemen, Shymkent, Taraz: issue 13), so the
    // issue's "1 of 17" case colours four regions, two of them large: the count is honest again.
    const scene = sceneOf('2022-01-07T12:00', { types: ['casualties', 'foreign-deployment'] as EventType[] });
    const coloured = [...scene.regions].filter(([, region]) => region.level !== 'calm').map(([id]) => id).sort();
    expect(coloured).toEqual(['KZ-ALA', 'KZ-SHY', 'KZ-VOS', 'KZ-ZHA']);
    expect(headline(scene).regions).toBe('Protests in 4 of 17 regions');
  });
  it('names the city-regions when they are the only ones coloured (deaths in the last 24 h at the end of 6 January)', () => {
    const scene = sceneOf('2022-01-06', { mode: 'current', types: ['casualties'] as EventType[] });
    expect([...scene.regions].filter(([, region]) => region.level !== 'calm').map(([id]) => id)).toEqual(['KZ-ALA']);
    expect(headline(scene).regions).toBe('Violence in Almaty (city)');
    expect(headline(scene, ru).regions).toBe('Насилие: Алматы (город)');
  });
  it('the 164 of 9 January is shown from 9 January, marked as withdrawn, until the 225 of 15 January', () => {
    expect(headline(sceneOf('2022-01-08')).toll).toBe('No official death toll yet');
    expect(headline(sceneOf('2022-01-10')).toll).toMatch(/^164 deaths reported \(.*\), later withdrawn$/);
    expect(headline(sceneOf('2022-01-14')).toll).toContain('later withdrawn');
    expect(headline(sceneOf('2022-01-15')).toll).toMatch(/^Official death toll: 225 /);
  });
});

describe('the caption on the real record (issue 14, item 2a)', () => {
  it('says nothing has happened before the first protest', () => {
    expect(caption(sceneOf('2022-01-02T10:00'))).toEqual({ when: null, what: 'Before the first protest' });
  });
  it('names the first state of emergency at 01:30 on 5 January, with its decree time', () => {
    expect(caption(sceneOf('2022-01-05T03:00'))).toEqual({ when: '5 Jan, 01:30', what: 'First state of emergency: Almaty, Mangystau' });
  });
  it('names the CSTO landing through 6 and 7 January, in all three languages', () => {
    for (const t of ['2022-01-06T14:00', '2022-01-06T23:00', '2022-01-07T06:00']) {
      expect(caption(sceneOf(t)).what).toBe('First CSTO troops land');
      expect(caption(sceneOf(t), ru).what).toBe(ru.keyMoments['csto-arrival']);
      expect(caption(sceneOf(t), kk).what).toBe(kk.keyMoments['csto-arrival']);
    }
  });
  it('names new places when no key moment is fresh (3 and 4 January)', () => {
    expect(sceneOf('2022-01-04T18:00').beat?.kind).toBe('reach');
    expect(caption(sceneOf('2022-01-04T18:00')).what).toMatch(/^Protests reach /);
  });
  it('shows no clock the sources do not give (the CSTO landing has no exact time)', () => {
    const when = caption(sceneOf('2022-01-06T14:00')).when;
    expect(when).toBe('6 Jan');
  });
  it('sums the whole record up at the end of the story, where the page opens', () => {
    const scene = sceneAt(index, { t: index.window.end, mode: 'cumulative', types: null, trail: false });
    expect(caption(scene)).toEqual({ when: '1 Jan – 31 Jan', what: 'The full picture: every recorded event' });
  });
});

describe('playback pace on the real record (issue 14, item 2c)', () => {
  const pace = buildPaceIndex(index.all.timeline.starts, index.window, index.keyMoments.map((moment) => moment.t));
  const normal = 8;
  it('gives 4–6 January, where most happened, at least three times the 9 s an even pace gave them', () => {
    const denseDays = playbackDuration(pace, toInstant('2022-01-04T00:00+06:00'), toInstant('2022-01-07T00:00+06:00'), normal);
    expect(denseDays).toBeGreaterThan(3 * 9000);
  });
  it('passes the quiet days after 20 January faster than the chosen speed', () => {
    const quiet = playbackDuration(pace, toInstant('2022-01-20T00:00+06:00'), toInstant('2022-01-25T00:00+06:00'), normal);
    expect(quiet).toBeLessThan((5 * 24 * 1000) / normal);
  });
});
