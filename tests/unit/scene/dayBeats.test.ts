import { describe, expect, it } from 'vitest';
import { parseRegions } from '../../../src/data/parseRegions';
import { dayBeatText } from '../../../src/i18n/dayBeatText';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { buildStoryIndex } from '../../../src/scene/buildStoryIndex';
import { dayBeats, type DayBeat } from '../../../src/scene/dayBeats';
import type { Place } from '../../../src/timeline/buildTimeline';
import { dayMs, toInstant } from '../../../src/timeline/instant';
import type { KeyMoment } from '../../../src/timeline/keyMoments';
import { makeRegionCollection } from '../data/regionFixture';
import { fixtureCities, makeEvent } from '../timeline/eventFixture';
import { makeSceneIndex } from './sceneFixture';

const index = makeSceneIndex();
const days = dayBeats(index);
const on = (list: readonly DayBeat[], day: string) => list.find((entry) => entry.day === day)!;
const placeName = (place: Place) => place.name;

describe('dayBeats(index)', () => {
  it('returns one entry per Almaty day of the window, 00:00 to 24:00, back to back', () => {
    expect(days).toHaveLength((index.window.end - index.window.start) / dayMs);
    expect(days[0]).toMatchObject({ day: '2022-01-01', start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-02T00:00+06:00') });
    expect(days.at(-1)?.day).toBe('2022-01-26');
    expect(days.at(-1)?.end).toBe(index.window.end);
    days.slice(1).forEach((entry, i) => expect(entry.start).toBe(days[i]!.end));
  });

  it('names a day by its key moment, which outranks the places first reached that day (2 Jan: Zhanaozen, then Aktau)', () => {
    expect(on(days, '2022-01-02').beat).toMatchObject({ kind: 'moment', moments: [expect.objectContaining({ id: 'first-protest' })], exactTime: true });
    expect(dayBeatText(on(days, '2022-01-02'), placeName, en)).toBe(en.keyMoments['first-protest']);
  });

  it('keeps the most important moment of a day (priority 1 first), with the moments at its instant', () => {
    const moments: KeyMoment[] = [
      { id: 'emergency', event: 'KZ22-035', priority: 3, t: toInstant('2022-01-05T01:30+06:00') },
      { id: 'nationwide-emergency', event: 'KZ22-039', priority: 4, t: toInstant('2022-01-05T19:00+06:00') },
      { id: 'airport', event: 'KZ22-049', priority: 5, t: toInstant('2022-01-05T19:00+06:00') },
      { id: 'csto-request', event: 'KZ22-068', priority: 7, t: toInstant('2022-01-05T23:00+06:00') },
      { id: 'csto-arrival', event: 'KZ22-070', priority: 2, t: toInstant('2022-01-06T18:00+06:00') },
    ];
    const fifth = on(dayBeats({ ...index, keyMoments: moments }), '2022-01-05');
    expect(fifth.beat).toMatchObject({ kind: 'moment', moments: [expect.objectContaining({ id: 'emergency' })] });
    const later = on(dayBeats({ ...index, keyMoments: moments.slice(1) }), '2022-01-05');
    expect(later.beat?.kind === 'moment' && later.beat.moments.map((moment) => moment.id)).toEqual(['nationwide-emergency', 'airport']);
  });

  it('gathers every place first reached on a day without a key moment, with no clock time', () => {
    const spread = buildStoryIndex({
      regions: parseRegions(makeRegionCollection()),
      cities: fixtureCities,
      events: [
        makeEvent('A', '2022-01-03T09:00+06:00', { city: 'aktau', locality: 'Aktau' }),
        makeEvent('B', '2022-01-03T21:00+06:00', { region: 'KZ-ALA', city: 'almaty', locality: 'Almaty' }),
        makeEvent('C', '2022-01-04T10:00+06:00', { region: 'KZ-ALA', city: 'almaty', locality: 'Almaty' }),
      ],
    });
    const third = on(dayBeats(spread), '2022-01-03');
    expect(third.beat?.kind === 'reach' && third.beat.places.map(placeName)).toEqual(['aktau', 'almaty']);
    expect(third.beat?.exactTime).toBe(false);
    expect(dayBeatText(third, placeName, en)).toBe('Protests reach aktau and almaty');
    // Almaty again the next day is no new place: a quiet day with its count.
    expect(on(dayBeats(spread), '2022-01-04')).toMatchObject({ beat: null, events: 1 });
  });

  it('counts the events of a quiet day and says so in every language', () => {
    expect(on(days, '2022-01-09')).toMatchObject({ beat: null, events: 1 });
    expect(on(days, '2022-01-07')).toMatchObject({ beat: null, events: 0 });
    expect(dayBeatText(on(days, '2022-01-09'), placeName, en)).toBe('1 event, no new places');
    expect(dayBeatText(on(days, '2022-01-07'), placeName, en)).toBe('No events recorded');
    expect(dayBeatText({ ...on(days, '2022-01-09'), events: 22 }, placeName, ru)).toBe('22 события, новых мест нет');
    expect(dayBeatText({ ...on(days, '2022-01-09'), events: 5 }, placeName, kk)).toBe('5 оқиға, жаңа жер жоқ');
  });

  it('puts an event at 00:00 in the day it starts, not the one before (half-open days)', () => {
    // KZ22-139 starts 2022-01-10T00:00+06:00.
    expect(on(days, '2022-01-09').events).toBe(1);
    expect(on(days, '2022-01-10').events).toBe(1);
  });

  it('follows the type filter for places and counts, not for key moments (facts of the story)', () => {
    const decisions = dayBeats(index, ['government-decision']);
    expect(decisions).toHaveLength(days.length);
    expect(on(decisions, '2022-01-02').beat).toMatchObject({ kind: 'moment' });
    expect(on(decisions, '2022-01-02').events).toBe(0);
    expect(on(decisions, '2022-01-04')).toMatchObject({ beat: null, events: 0 });
  });

  it('gives the one day of an empty record, with nothing on it', () => {
    const empty = buildStoryIndex({ regions: parseRegions(makeRegionCollection()), cities: fixtureCities, events: [] });
    expect(dayBeats(empty)).toEqual([{ day: '2022-01-01', start: empty.window.start, end: empty.window.end, beat: null, events: 0 }]);
  });
});
