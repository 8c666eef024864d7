import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { regionStatusLines } from '../../../src/i18n/regionStatusLines';
import { toInstant } from '../../../src/timeline/instant';

const outline = { geometry_quality: 'natural-earth' } as const;
const shymkent = { geometry_quality: 'schematic', area_km2_official: 1170 } as const;
const status = {
  level: 'violence',
  emergency: true,
  eventsSoFar: 12,
  eventsLast24h: 4,
  firstEvent: toInstant('2022-01-04T20:00+06:00'),
} as const;

describe('regionStatusLines(properties, status, messages)', () => {
  it('gives level with emergency, counts and first event in English (the e2e tooltip wording)', () => {
    expect(regionStatusLines(outline, status, en)).toEqual([
      'Violence · state of emergency in force',
      'Events so far: 12 · In the last 24 hours: 4',
      'First event: 4 January 2022, 20:00',
    ]);
    expect(regionStatusLines(outline, { ...status, level: 'protest', emergency: false }, en)[0]).toBe('Protests · no state of emergency');
  });
  it('gives them in Russian', () => {
    expect(regionStatusLines(outline, status, ru)).toEqual([
      'Насилие · действует чрезвычайное положение',
      'Событий к этому моменту: 12 · За последние 24 часа: 4',
      'Первое событие: 4 января 2022, 20:00',
    ]);
  });
  it('gives them in Kazakh', () => {
    expect(regionStatusLines(outline, status, kk)).toEqual([
      'Зорлық-зомбылық · төтенше жағдай режимі қолданыста',
      'Осы сәтке дейінгі оқиғалар: 12 · Соңғы 24 сағатта: 4',
      'Алғашқы оқиға: 2022 жылғы 4 қаңтар, 20:00',
    ]);
  });
  it('puts the outline caveat first for a schematic shape, with or without a status', () => {
    const lines = regionStatusLines(shymkent, status, en);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Schematic outline/);
    expect(regionStatusLines(shymkent, undefined, kk)).toEqual(['Шартты сызба: қаланың ресми ауданына тең шеңбер (1\u00a0170 км²), нақты шекарасы емес.']);
  });
  it('adds the terrorism-threat level after the emergency when one is in force, in all three languages', () => {
    expect(regionStatusLines(outline, { ...status, threat: 'red' }, en)[1]).toBe('Terrorism-threat level: red (critical)');
    expect(regionStatusLines(outline, { ...status, threat: 'orange' }, ru)[1]).toBe('Уровень террористической опасности: «оранжевый» (высокий)');
    expect(regionStatusLines(outline, { ...status, threat: 'yellow' }, kk)[1]).toBe('Террористік қауіп деңгейі: «сары» (қалыпты)');
  });
  it('says nothing of the threat when no level is in force', () => {
    expect(regionStatusLines(outline, { ...status, threat: 'none' }, en)).toHaveLength(3);
  });
  it('gives no lines for a natural outline without a status', () => {
    expect(regionStatusLines(outline, undefined, ru)).toEqual([]);
  });
});
