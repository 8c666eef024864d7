import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, placeLabels, type LabelCandidate } from '../../../src/map/placeLabels';

const label = (id: string, x: number, y: number, priority = 0, width = 60, height = 14): LabelCandidate => ({ id, x, y, width, height, priority, gap: 4 });
const frame = { width: 400, height: 300 };

describe('labelBox(label, side)', () => {
  it('puts the box beside the point, `gap` px away, centred on the other axis', () => {
    const candidate = label('a', 100, 100);
    expect(labelBox(candidate, 'right')).toEqual({ x0: 104, y0: 93, x1: 164, y1: 107 });
    expect(labelBox(candidate, 'left')).toEqual({ x0: 36, y0: 93, x1: 96, y1: 107 });
    expect(labelBox(candidate, 'top')).toEqual({ x0: 70, y0: 82, x1: 130, y1: 96 });
    expect(labelBox(candidate, 'bottom')).toEqual({ x0: 70, y0: 104, x1: 130, y1: 118 });
  });
});

describe('overlaps(a, b, padding)', () => {
  it('is true for crossing boxes, false for boxes that only touch or are apart', () => {
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true);
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(overlaps({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 11, y0: 0, x1: 20, y1: 10 }, 2)).toBe(true);
  });
});

describe('placeLabels(candidates, frame)', () => {
  it('shows a lone label on its preferred side', () => {
    expect(placeLabels([{ ...label('a', 100, 100), prefer: ['bottom'] }], frame)).toEqual([
      { id: 'a', side: 'bottom', box: { x0: 70, y0: 104, x1: 130, y1: 118 } },
    ]);
  });

  it('moves a label to another side instead of over a higher-priority one (Kostanay, Kokshetau, Nur-Sultan)', () => {
    const shown = placeLabels([label('kokshetau', 100, 100, 1), label('nur-sultan', 130, 100, 9)], frame);
    expect(shown.map((placed) => [placed.id, placed.side])).toEqual([
      ['nur-sultan', 'right'],
      ['kokshetau', 'left'],
    ]);
  });

  it('leaves out the lower-priority label when no side is free, whatever the input order', () => {
    const a = label('capital', 200, 150, 10, 40);
    const b = label('town', 201, 150, 1, 40);
    const shown = (candidates: LabelCandidate[]) => placeLabels(candidates, { ...frame, obstacles: [] }).map((placed) => placed.id);
    expect(shown([a, b])).toContain('capital');
    expect(shown([b, a])).toContain('capital');
  });

  it('flips a label at the frame edge rather than clip it (Oskemen at the right edge)', () => {
    const [placed] = placeLabels([label('oskemen', 380, 150)], frame);
    expect(placed?.side).toBe('left');
    expect(placed!.box.x1).toBeLessThanOrEqual(frame.width);
  });

  it('keeps labels off obstacles (a data circle, the zoom control)', () => {
    const circle = { x0: 100, y0: 80, x1: 180, y1: 120 };
    const [placed] = placeLabels([label('taraz', 96, 100)], { ...frame, obstacles: [circle] });
    expect(placed?.side).toBe('left');
  });

  it('hides a label that fits nowhere', () => {
    expect(placeLabels([label('wide', 200, 150, 0, 500)], frame)).toEqual([]);
  });

  it('never overlaps two labels and never leaves the frame, for a dense random input; the top label always shows', () => {
    const candidate = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      width: fc.integer({ min: 20, max: 120 }),
      priority: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { minLength: 1, maxLength: 60 }), (raw) => {
        const candidates = raw.map((c, index) => ({ ...label(`l${index}`, c.x, c.y, c.priority, c.width), x: c.x, y: c.y }));
        const shown = placeLabels(candidates, frame);
        for (const [i, a] of shown.entries()) {
          expect(a.box.x0).toBeGreaterThanOrEqual(0);
          expect(a.box.y0).toBeGreaterThanOrEqual(0);
          expect(a.box.x1).toBeLessThanOrEqual(frame.width);
          expect(a.box.y1).toBeLessThanOrEqual(frame.height);
          for (const b of shown.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
        }
        // Priority: a label is hidden only if it could not be placed even alone, or something ranked above it was placed.
        const top = [...candidates].sort((a, b) => b.priority - a.priority)[0]!;
        const fitsAlone = placeLabels([top], frame).length === 1;
        if (fitsAlone) expect(shown.map((placed) => placed.id)).toContain(top.id);
      }),
      { numRuns: 200 },
    );
  });
});
