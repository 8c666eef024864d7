import { describe, expect, it } from 'vitest';
import { isPageScrollable } from '../../../src/map/isPageScrollable';

describe('isPageScrollable(box)', () => {
  it('is true for a phone page longer than its screen', () => {
    expect(isPageScrollable({ scrollHeight: 8000, clientHeight: 844 })).toBe(true);
  });

  it('is false for the one-screen desktop app', () => {
    expect(isPageScrollable({ scrollHeight: 800, clientHeight: 800 })).toBe(false);
  });

  it("allows a pixel of rounding on a page that does not scroll", () => {
    expect(isPageScrollable({ scrollHeight: 801, clientHeight: 800 })).toBe(false);
    expect(isPageScrollable({ scrollHeight: 802, clientHeight: 800 })).toBe(true);
  });
});
