import { describe, expect, it } from 'vitest';
import { tooltipPlacement } from '../../../src/map/tooltipPlacement';

// A 400 × 300 px map, a 200 × 60 px tooltip, 8 px from its anchor, 4 px from the edges.
const place = (x: number, y: number, width = 200, height = 60) => tooltipPlacement(x, y, width, height, 400, 300, 8);

describe('tooltipPlacement(x, y, width, height, frameWidth, frameHeight, gap)', () => {
  it('goes above, centred, when there is room', () => {
    expect(place(200, 150)).toEqual({ direction: 'top', offset: [0, -8] });
  });
  it('flips below near the top edge', () => {
    expect(place(200, 30)).toEqual({ direction: 'bottom', offset: [0, 8] });
  });
  it('stays above near the bottom edge', () => {
    expect(place(200, 290).direction).toBe('top');
  });
  it('takes the roomier side when it fits on neither', () => {
    expect(place(200, 210, 200, 250).direction).toBe('top');
    expect(place(200, 90, 200, 250).direction).toBe('bottom');
  });
  it('shifts right at the left edge and left at the right edge, so all of it is inside', () => {
    const left = place(10, 150);
    expect(10 + left.offset[0] - 100).toBe(4);
    const right = place(395, 150);
    expect(395 + right.offset[0] + 100).toBe(396);
  });
  it('sits flush left when it is wider than the map', () => {
    const wide = place(200, 150, 500);
    expect(200 + wide.offset[0] - 250).toBe(4);
  });
});
