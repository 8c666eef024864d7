import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { trackStatusParts } from '../../../src/i18n/trackStatusParts';
import { toInstant } from '../../../src/timeline/instant';

// Midnight reads as the end of the day that ended, as on the slider (formatAlmatyInstant).
const status = { level: 'calm', eventsSoFar: 1, eventsLast24h: 0, firstEvent: toInstant('2022-01-06T00:00+06:00') } as const;

describe('trackStatusParts(status, messages)', () => {
  it('names level, counts and first event in each language', () => {
    expect(trackStatusParts(status, en)).toEqual({
      level: 'Calm',
      counts: 'Events so far: 1 · In the last 24 hours: 0',
      firstEvent: 'First event: end of 5 January 2022',
    });
    expect(trackStatusParts(status, ru)).toEqual({
      level: 'Спокойно',
      counts: 'Событий к этому моменту: 1 · За последние 24 часа: 0',
      firstEvent: 'Первое событие: конец 5 января 2022',
    });
    expect(trackStatusParts(status, kk)).toEqual({
      level: 'Тыныш',
      counts: 'Осы сәтке дейінгі оқиғалар: 1 · Соңғы 24 сағатта: 0',
      firstEvent: 'Алғашқы оқиға: 2022 жылғы 5 қаңтардың соңы',
    });
  });
  it("writes counts with the language's own digit grouping", () => {
    expect(trackStatusParts({ ...status, eventsSoFar: 1500 }, en).counts).toBe('Events so far: 1,500 · In the last 24 hours: 0');
    expect(trackStatusParts({ ...status, eventsSoFar: 1500 }, kk).counts).toBe('Осы сәтке дейінгі оқиғалар: 1\u00a0500 · Соңғы 24 сағатта: 0');
  });
});
