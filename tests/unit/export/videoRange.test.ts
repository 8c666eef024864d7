import { describe, expect, it } from 'vitest';
import { checkRange, rangeChoices } from '../../../src/export/videoRange';
import { en } from '../../../src/i18n/messages';
import { kk } from '../../../src/i18n/messages.kk';
import { toInstant } from '../../../src/timeline/instant';
import type { KeyMoment } from '../../../src/timeline/keyMoments';
import { storyWindow } from '../../../src/timeline/storyWindow';

const window = storyWindow(toInstant('2022-01-05T12:00+06:00')); // 1 January 00:00 to 6 January 00:00
const emergency: KeyMoment = { id: 'emergency', event: 'KZ22-035', priority: 3, t: toInstant('2022-01-05T01:30+06:00') };

describe('rangeChoices(window, keyMoments, messages)', () => {
  it('offers the story start, each day start, each key moment and the story end, in time order', () => {
    const choices = rangeChoices(window, [emergency], en);
    expect(choices.map((choice) => choice.label)).toEqual([
      '1 January 2022, 00:00 (start of the story)',
      '2 January 2022, 00:00',
      '3 January 2022, 00:00',
      '4 January 2022, 00:00',
      '5 January 2022, 00:00',
      '5 January 2022, 01:30 · First state of emergency: Almaty, Mangystau',
      'end of 5 January 2022 (end of the story)',
    ]);
    expect(choices[0]?.t).toBe(window.start);
    expect(choices.at(-1)?.t).toBe(window.end);
  });
  it('writes Kazakh dates with the project calendar', () => {
    expect(rangeChoices(window, [], kk)[3]?.label).toBe('2022 жылғы 4 қаңтар, 00:00');
  });
  it('leaves out a key moment outside the window', () => {
    const late = { ...emergency, t: toInstant('2022-01-09T00:00+06:00') };
    expect(rangeChoices(window, [late], en)).toHaveLength(6);
  });
});

describe('checkRange(from, to, window)', () => {
  it('accepts an end after the start', () => {
    expect(checkRange(window.start, window.end, window)).toBeNull();
  });
  it('refuses an end at or before the start', () => {
    expect(checkRange(emergency.t, emergency.t, window)).toBe('end-not-after-start');
    expect(checkRange(window.end, window.start, window)).toBe('end-not-after-start');
  });
  it('refuses moments outside the story and numbers that are not instants', () => {
    expect(checkRange(window.start - 1, window.end, window)).toBe('outside-story');
    expect(checkRange(window.start, window.end + 1, window)).toBe('outside-story');
    expect(checkRange(Number.NaN, window.end, window)).toBe('outside-story');
  });
});
