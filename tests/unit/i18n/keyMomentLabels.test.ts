import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { ru } from '../../../src/i18n/messages.ru';
import { keyMomentEvents } from '../../../src/timeline/keyMoments';

describe.each([
  ['en', en],
  ['ru', ru],
  ['kk', kk],
] as const)('%s catalogue: keyMoments', (_, catalogue) => {
  it.each(keyMomentEvents.map((moment) => moment.id))('labels the key moment %s', (id) => {
    expect(catalogue.keyMoments[id].trim()).not.toBe('');
  });

  it('labels exactly the moments keyMoments.ts marks, no stale ids', () => {
    expect(Object.keys(catalogue.keyMoments).sort()).toEqual(keyMomentEvents.map((moment) => moment.id).sort());
  });
});

describe('keyMoments labels', () => {
  it('keeps the English wording the slider has always shown (e2e clicks "Almaty airport seized")', () => {
    expect(en.keyMoments.airport).toBe('Almaty airport seized');
    expect(en.keyMoments['first-protest']).toBe('First protest, Zhanaozen');
  });
  it('gives Russian and Kazakh readers their own words, not the English', () => {
    for (const { id } of keyMomentEvents) {
      expect(ru.keyMoments[id]).not.toBe(en.keyMoments[id]);
      expect(kk.keyMoments[id]).not.toBe(en.keyMoments[id]);
      expect(ru.keyMoments[id]).toMatch(/[а-яё]/i);
      expect(kk.keyMoments[id]).toMatch(/[әғқңөұүһі]/i);
    }
  });
});
