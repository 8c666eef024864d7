import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { placeStatusLines } from '../../../src/i18n/placeStatusLines';
import { toInstant } from '../../../src/timeline/instant';

const status = { level: 'protest', eventsSoFar: 3, eventsLast24h: 1, firstEvent: toInstant('2022-01-02T12:00+06:00') } as const;
const before = { level: 'calm', eventsSoFar: 0, eventsLast24h: 0, firstEvent: null } as const;

describe('placeStatusLines(status, messages)', () => {
  it('gives level, counts and first event in English', () => {
    expect(placeStatusLines(status, en)).toEqual([
      'Protests',
      'Events so far: 3 · In the last 24 hours: 1',
      'First event: 2 January 2022, 12:00',
    ]);
  });
  it('gives them in Russian', () => {
    expect(placeStatusLines(status, ru)).toEqual([
      'Протесты',
      'Событий к этому моменту: 3 · За последние 24 часа: 1',
      'Первое событие: 2 января 2022, 12:00',
    ]);
  });
  it('gives them in Kazakh, with the Kazakh date pattern (our own code, not Intl)', () => {
    expect(placeStatusLines(status, kk)).toEqual([
      'Наразылық',
      'Осы сәтке дейінгі оқиғалар: 3 · Соңғы 24 сағатта: 1',
      'Алғашқы оқиға: 2022 жылғы 2 қаңтар, 12:00',
    ]);
  });
  it('says "none yet" before the first event', () => {
    expect(placeStatusLines(before, en)[2]).toBe('First event: none yet');
    expect(placeStatusLines(before, ru)[2]).toBe('Первое событие: пока нет');
    expect(placeStatusLines(before, kk)[2]).toBe('Алғашқы оқиға: әзірге жоқ');
  });
  it('gives no lines for a place without a status', () => {
    expect(placeStatusLines(undefined, en)).toEqual([]);
  });
});
