import { describe, expect, it } from 'vitest';
import { dodge, layoutMomentLabels, momentLayoutDefaults, type MomentMark, type PlacedMark } from '../../../src/timeline/layoutMomentLabels';

const mark = (key: string, x: number, priority: number, fullWidth = 120, shortWidth = 60): MomentMark => ({ key, x, priority, fullWidth, shortWidth });

/** No two boxes of a row overlap (with the gap), and every box lies inside the track. */
function expectNoOverlap(placed: readonly PlacedMark[], width: number) {
  for (const row of new Set(placed.map((p) => p.row))) {
    const boxes = placed.filter((p) => p.row === row).sort((a, b) => a.left - b.left);
    boxes.forEach((box, i) => {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(width + 0.001);
      const next = boxes[i + 1];
      if (next) expect(box.left + box.width + momentLayoutDefaults.gapPx).toBeLessThanOrEqual(next.left + 0.001);
    });
  }
}

describe('dodge(items, width, gap)', () => {
  it('leaves boxes that do not touch where they wish to be', () => {
    const [a, b] = dodge([{ x: 50, width: 20 }, { x: 150, width: 20 }], 300, 4);
    expect(a?.lefts).toEqual([40]);
    expect(b?.lefts).toEqual([140]);
  });
  it('moves two touching boxes apart symmetrically about their instants', () => {
    const [block] = dodge([{ x: 100, width: 24 }, { x: 104, width: 24 }], 300, 4);
    expect(block?.lefts).toEqual([76, 104]); // centres 88 and 116: 12 px either side of 100 and 104
  });
  it('keeps a crowded block inside the track', () => {
    const [block] = dodge([{ x: 2, width: 24 }, { x: 4, width: 24 }, { x: 6, width: 24 }], 300, 4);
    expect(block?.lefts[0]).toBe(0);
  });
  it('puts a box’s anchor, not its centre, at its instant when it has room', () => {
    const [block] = dodge([{ x: 100, width: 120, anchor: 12 }], 300, 4);
    expect(block?.lefts).toEqual([88]);
  });
  it('returns nothing for no items', () => {
    expect(dodge([], 300, 4)).toEqual([]);
  });
});

describe('layoutMomentLabels(marks, width)', () => {
  const story = [
    mark('first-protest', 40, 1),
    mark('emergency', 160, 3),
    mark('resigns', 165, 6),
    mark('nationwide', 172, 4),
    mark('csto-request', 175, 7),
    mark('csto-arrival', 181, 2),
    mark('internet-back', 360, 8),
    mark('csto-leaves', 720, 9),
  ];
  it('labels every moment in full on a wide track, without overlaps', () => {
    const placed = layoutMomentLabels(story.map((m) => ({ ...m, x: m.x * 3 })), 2400);
    expect(placed.every((p) => p.level === 'full')).toBe(true);
    expectNoOverlap(placed, 2400);
  });
  it('on a phone-width track drops the least important labels first and keeps the first protest and the CSTO landing', () => {
    const placed = layoutMomentLabels(story.map((m) => ({ ...m, x: m.x / 2.5 })), 330);
    expectNoOverlap(placed, 330);
    const level = (key: string) => placed.find((p) => p.key === key)?.level;
    expect(level('first-protest')).not.toBe('marker');
    expect(level('csto-request')).toBe('marker');
    expect(placed.filter((p) => p.level !== 'marker').length).toBeGreaterThanOrEqual(2);
  });
  it('gives every marker at least the target size, 44 px for coarse pointers', () => {
    const placed = layoutMomentLabels(story, 800, { targetPx: 44 });
    expect(placed.every((p) => p.width >= 44)).toBe(true);
    expectNoOverlap(placed, 800);
  });
  it('keeps each label near its instant: its dot within the largest shift allowed', () => {
    const width = 900;
    const placed = layoutMomentLabels(story, width);
    const maxShift = Math.max(momentLayoutDefaults.maxShiftPx, momentLayoutDefaults.maxShiftShare * width);
    for (const p of placed.filter((q) => q.level !== 'marker')) expect(Math.abs(p.left + momentLayoutDefaults.targetPx / 2 - p.x)).toBeLessThanOrEqual(maxShift);
  });
  it('places every mark once, in time order, whatever order they came in', () => {
    const placed = layoutMomentLabels([...story].reverse(), 600);
    expect(placed.map((p) => p.key)).toEqual(story.map((m) => m.key));
  });
  it('returns nothing for no moments (a filter may hide them all)', () => {
    expect(layoutMomentLabels([], 600)).toEqual([]);
  });
});
