import { describe, expect, it } from 'vitest';
import { announceDefaults, shouldAnnounce } from '../../../src/timeline/shouldAnnounce';
import { hourMs, toInstant } from '../../../src/timeline/instant';

const t0 = toInstant('2022-01-05T02:00+06:00');
const said = { text: '5 Jan, 01:30: First state of emergency.', t: t0, wallMs: 10_000 };
const day = 24 * hourMs;

describe('shouldAnnounce(last, next, playing)', () => {
  it('speaks the first announcement at once', () => {
    expect(shouldAnnounce(null, said, true)).toBe(true);
    expect(shouldAnnounce(null, said, false)).toBe(true);
  });
  it('never says the same text twice in a row, playing or not', () => {
    expect(shouldAnnounce(said, { ...said, t: t0 + 3 * day, wallMs: 60_000 }, true)).toBe(false);
    expect(shouldAnnounce(said, { ...said, t: t0 + hourMs }, false)).toBe(false);
  });
  it('speaks a new beat at once after a manual step', () => {
    expect(shouldAnnounce(said, { text: '5 Jan: Government resigns.', t: t0 + hourMs, wallMs: 10_001 }, false)).toBe(true);
  });
  it('during playback waits for a story day to pass, however much wall time did', () => {
    expect(shouldAnnounce(said, { text: 'new', t: t0 + day - hourMs, wallMs: 100_000 }, true)).toBe(false);
    expect(shouldAnnounce(said, { text: 'new', t: t0 + day, wallMs: 100_000 }, true)).toBe(true);
  });
  it('during playback waits a few seconds, however much story time passed (fast playback)', () => {
    expect(shouldAnnounce(said, { text: 'new', t: t0 + 5 * day, wallMs: said.wallMs + announceDefaults.wallGapMs - 1 }, true)).toBe(false);
    expect(shouldAnnounce(said, { text: 'new', t: t0 + 5 * day, wallMs: said.wallMs + announceDefaults.wallGapMs }, true)).toBe(true);
  });
  it('counts story time either way (the reader may have scrubbed back while playing)', () => {
    expect(shouldAnnounce(said, { text: 'new', t: t0 - day, wallMs: 100_000 }, true)).toBe(true);
  });
  it('keeps a 30 s playback at Fast to at most seven announcements, one per beat change at most', () => {
    // A new text every story hour at 24 story hours per second: the worst case.
    let last = null as Parameters<typeof shouldAnnounce>[0];
    let count = 0;
    for (let step = 0; step < 30 * 24; step += 1) {
      const next = { text: `beat ${step}`, t: t0 + step * hourMs, wallMs: (step * 1000) / 24 };
      if (shouldAnnounce(last, next, true)) {
        last = next;
        count += 1;
      }
    }
    expect(count).toBeLessThanOrEqual(7);
    expect(count).toBeGreaterThanOrEqual(5);
  });
});
