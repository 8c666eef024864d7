import { describe, expect, it } from 'vitest';
import { csvColumns, eventRecords, figureText } from '../../../src/export/eventRecords';
import { eventsGeoJson } from '../../../src/export/eventsGeoJson';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { parseRegions } from '../../../src/data/parseRegions';
import { makeRegionCollection } from '../data/regionFixture';

const regionFixture = parseRegions(makeRegionCollection());
import { makeEvent } from '../timeline/eventFixture';

const event = makeEvent('KZ22-002', '2022-01-02T11:00+05:00', {
  figures: { crowd: { min: 300, max: 500 }, deaths: [{ value: 164, by: 'Ministry' }, { value: 225, by: 'Prosecutor', reported: '2022-01-15' }] },
  sources: [{ publisher: 'A', url: 'https://a.example/1' }, { publisher: 'B', url: 'https://b.example/2', via: 'repost.example' }],
  description: { en: 'English text' },
});
const { description, sources, ...core } = event.properties;
const coreEvent = { ...event, properties: core };
const details = new Map([[event.id, { description, sources }]]);

describe('figureText(figure)', () => {
  it('writes counts, ranges and competing claims with who made them', () => {
    expect(figureText(12)).toBe('12');
    expect(figureText({ min: 20, max: 30 })).toBe('20–30');
    expect(figureText([{ value: 164, by: 'Ministry' }, { value: 225, by: 'Prosecutor', reported: '2022-01-15' }])).toBe(
      '164 (Ministry); 225 (Prosecutor, 2022-01-15)',
    );
    expect(figureText(undefined)).toBe('');
  });
});

describe('eventRecords(input)', () => {
  it('flattens an event into every CSV column, sources and repost hosts included', () => {
    const [record] = eventRecords({ events: [coreEvent], details, texts: null, regions: regionFixture, messages: en });
    expect(Object.keys(record!)).toEqual([...csvColumns]);
    expect(record).toMatchObject({
      id: 'KZ22-002',
      crowd: '300–500',
      deaths: '164 (Ministry); 225 (Prosecutor, 2022-01-15)',
      description: 'English text',
      description_en: 'English text',
      source_publishers: 'A | B (via repost.example)',
      source_urls: 'https://a.example/1 | https://b.example/2',
      longitude: '9.5',
    });
  });

  it('uses the reader language where translated and keeps the English description', () => {
    const texts = new Map([[event.id, { description: 'Русский текст', locality: 'Жанаозен', time_note: 'около 11:00' }]]);
    const [record] = eventRecords({ events: [coreEvent], details, texts, regions: regionFixture, messages: ru });
    expect(record).toMatchObject({ description: 'Русский текст', description_en: 'English text', locality: 'Жанаозен', time_note: 'около 11:00' });
    const geojson = eventsGeoJson({ events: [coreEvent], details, texts, regions: regionFixture, messages: ru });
    expect(geojson.features[0]?.properties).toMatchObject({ description: { en: 'English text', ru: 'Русский текст' }, locality_ru: 'Жанаозен' });
    expect(geojson.licence).toMatch(/CC BY 4\.0/);
  });

  it("falls back to the data's English locality and time note where the reader's language has none (Kazakh)", () => {
    const noted = { ...coreEvent, properties: { ...core, time_precision: 'approximate' as const, time_note: 'about 11:00' } };
    const texts = new Map([[event.id, { locality: 'Жаңаөзен' }]]);
    const [record] = eventRecords({ events: [noted], details, texts, regions: regionFixture, messages: kk });
    expect(record).toMatchObject({ locality: 'Жаңаөзен', time_note: 'about 11:00', region_name: 'Облыс KZ-MAN' });
    const [english] = eventRecords({ events: [noted], details, texts: null, regions: regionFixture, messages: en });
    expect(english).toMatchObject({ locality: 'Zhanaozen', time_note: 'about 11:00', region_name: 'Region KZ-MAN' });
  });
});
