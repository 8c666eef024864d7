import { describe, expect, it } from 'vitest';
import { gestureIntent, gestureSlopPx } from '../../../src/view/gestureIntent';

describe('gestureIntent(dx, dy)', () => {
  it('waits while the finger has moved less than the slop (a tap, or not yet clear)', () => {
    expect(gestureIntent(0, 0)).toBe('undecided');
    expect(gestureIntent(gestureSlopPx - 1, 0)).toBe('undecided');
  });
  it('scrubs on a mostly sideways move, either way', () => {
    expect(gestureIntent(12, 3)).toBe('scrub');
    expect(gestureIntent(-12, -5)).toBe('scrub');
  });
  it('leaves a mostly vertical move to the page (scroll), up or down', () => {
    expect(gestureIntent(2, -40)).toBe('scroll');
    expect(gestureIntent(-3, 20)).toBe('scroll');
  });
  it('treats an exact diagonal as a scroll: the page wins ties', () => {
    expect(gestureIntent(10, 10)).toBe('scroll');
  });
});
