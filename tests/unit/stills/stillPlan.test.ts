import { describe, expect, it } from 'vitest';
import { endAliasFile, stillFile, stillLanguages, stillMoments, stillStamp } from '../../../scripts/stills/stillPlan';
import { toInstant } from '../../../src/timeline/instant';

const t = toInstant('2022-01-05T01:30+06:00');

describe('stillStamp(t)', () => {
  it('writes Almaty time as the URL does, with - for : (file-safe)', () => {
    expect(stillStamp(t)).toBe('2022-01-05T01-30');
    // 23:00 UTC on 4 January is already 5 January in Almaty.
    expect(stillStamp(toInstant('2022-01-04T23:00Z'))).toBe('2022-01-05T05-00');
  });
});

describe('stillFile(t, lang, scale) and endAliasFile(lang, scale)', () => {
  it('name the 1x card plainly and the 2x one with @2x', () => {
    expect(stillFile(t, 'kk', 1)).toBe('2022-01-05T01-30-kk.png');
    expect(stillFile(t, 'kk', 2)).toBe('2022-01-05T01-30-kk@2x.png');
    expect(endAliasFile('ru', 1)).toBe('end-ru.png');
    expect(endAliasFile('ru', 2)).toBe('end-ru@2x.png');
  });
});

describe('stillMoments(index)', () => {
  it('lists the key moments in order, then the end of the window', () => {
    const keyMoments = [
      { id: 'first-protest' as const, event: 'KZ22-002', priority: 1, t: toInstant('2022-01-02T12:00+05:00') },
      { id: 'emergency' as const, event: 'KZ22-035', priority: 3, t },
    ];
    const end = toInstant('2022-02-01T00:00+06:00');
    expect(stillMoments({ keyMoments, window: { start: toInstant('2022-01-01T00:00+06:00'), end } })).toEqual([
      { moment: 'first-protest', t: keyMoments[0]?.t },
      { moment: 'emergency', t },
      { moment: 'end', t: end },
    ]);
  });
  it('gives the end alone when no key moment is in the data', () => {
    const end = toInstant('2022-01-02T00:00+06:00');
    expect(stillMoments({ keyMoments: [], window: { start: toInstant('2022-01-01T00:00+06:00'), end } })).toEqual([{ moment: 'end', t: end }]);
  });
  it('is made in every interface language', () => {
    expect(stillLanguages).toEqual(['en', 'ru', 'kk']);
  });
});
