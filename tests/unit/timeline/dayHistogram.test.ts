import { describe, expect, it } from 'vitest';
import { dayHistogram } from '../../../src/timeline/dayHistogram';
import { toInstant } from '../../../src/timeline/instant';
import { internetCutIn, keyMomentEvents, keyMomentsIn } from '../../../src/timeline/keyMoments';
import { makeEvent } from './eventFixture';

const span = { start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-04T00:00+06:00') };

describe('dayHistogram(starts, span)', () => {
  it('counts events per Almaty-time day, [00:00, 24:00)', () => {
    const starts = Float64Array.from(
      ['2022-01-01T00:00+06:00', '2022-01-01T23:59+06:00', '2022-01-02T00:00+06:00', '2022-01-02T23:30+05:00'].map(toInstant),
    );
    // 23:30 in Aktau (UTC+5) is 00:30 on 3 January in Almaty.
    expect(dayHistogram(starts, span).map((bin) => bin.count)).toEqual([2, 1, 1]);
  });
  it('gives empty days a zero bar', () => {
    expect(dayHistogram(new Float64Array(), span)).toHaveLength(3);
  });
});

describe('keyMomentsIn(events)', () => {
  it('returns the moments whose events are present, in time order', () => {
    const events = [makeEvent('KZ22-049', '2022-01-05T19:00+06:00'), makeEvent('KZ22-002', '2022-01-02T11:00+05:00')];
    expect(keyMomentsIn(events).map((moment) => moment.id)).toEqual(['first-protest', 'airport']);
  });
  it('names nine moments, from the first protest to the CSTO withdrawal (the resignation apart from the first emergency)', () => {
    expect(keyMomentEvents.map((moment) => moment.id)).toEqual([
      'first-protest', 'emergency', 'government-resigns', 'nationwide-emergency', 'airport', 'csto-request', 'csto-arrival', 'internet-back', 'csto-leaves',
    ]);
  });
});

describe('internetCutIn(events)', () => {
  it('spans the blackout to the reconnection, or is null when one end is missing', () => {
    const cut = makeEvent('KZ22-040', '2022-01-05T16:30+06:00');
    const back = makeEvent('KZ22-110', '2022-01-10T09:00+06:00');
    expect(internetCutIn([cut, back])).toEqual({ from: toInstant('2022-01-05T16:30+06:00'), to: toInstant('2022-01-10T09:00+06:00') });
    expect(internetCutIn([cut])).toBeNull();
  });
});
