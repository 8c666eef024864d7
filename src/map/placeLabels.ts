export type LabelSide = 'right' | 'left' | 'top' | 'bottom';

/** An axis-aligned box in container pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A label that would like to be shown: its point, its measured text and its rank. */
export interface LabelCandidate {
  id: string;
  /** The labelled point (container px). */
  x: number;
  y: number;
  /** The label's measured size (px). */
  width: number;
  height: number;
  /** Higher first: city-regions and the capital, then by event count. */
  priority: number;
  /** Distance kept between the point and the label (px): the dot's radius plus a little air. */
  gap: number;
  /** Sides to try, best first; the others follow in `labelSides` order. */
  prefer?: readonly LabelSide[];
}

export interface PlacedLabel {
  id: string;
  side: LabelSide;
  box: Box;
}

export interface LabelFrame {
  width: number;
  height: number;
  /** Room kept free along the frame's edges (px), so no label is clipped. */
  margin?: number;
  /** Boxes no label may cover: map controls, data circles, the labelled dots themselves. */
  obstacles?: readonly Box[];
  /** Room kept between two labels (px). */
  padding?: number;
}

export const labelSides: readonly LabelSide[] = ['right', 'left', 'top', 'bottom'];

export const placeLabelsDefaults = {
  /** Room along the map's edges (px). */
  margin: 2,
  /** Room between labels (px). */
  padding: 2,
} as const;

/**
 * Greedy label placement (the classic point-feature approach): labels in priority order, each on
 * the first of its candidate sides whose box stays inside the frame and clear of the labels placed
 * so far and of every obstacle; a label with no such side is left out. Deterministic (ties keep
 * input order), O(n² · sides): a map's 20-odd labels take microseconds, so it can run on every step.
 * @returns the shown labels, highest priority first; any id missing is hidden.
 */
export function placeLabels(candidates: readonly LabelCandidate[], frame: LabelFrame): PlacedLabel[] {
  const margin = frame.margin ?? placeLabelsDefaults.margin;
  const padding = frame.padding ?? placeLabelsDefaults.padding;
  const obstacles = frame.obstacles ?? [];
  const order = candidates.map((candidate, index) => ({ candidate, index })).sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  const placed: PlacedLabel[] = [];
  for (const { candidate } of order) {
    const sides = [...(candidate.prefer ?? []), ...labelSides.filter((side) => !candidate.prefer?.includes(side))];
    for (const side of sides) {
      const box = labelBox(candidate, side);
      if (!inside(box, frame.width, frame.height, margin)) continue;
      if (placed.some((other) => overlaps(box, other.box, padding))) continue;
      if (obstacles.some((obstacle) => overlaps(box, obstacle, 0))) continue;
      placed.push({ id: candidate.id, side, box });
      break;
    }
  }
  return placed;
}

/** The box of a label on `side` of its point: beside it and centred on it vertically, or above/below and centred horizontally. */
export function labelBox(label: Pick<LabelCandidate, 'x' | 'y' | 'width' | 'height' | 'gap'>, side: LabelSide): Box {
  const { x, y, width, height, gap } = label;
  switch (side) {
    case 'right':
      return { x0: x + gap, y0: y - height / 2, x1: x + gap + width, y1: y + height / 2 };
    case 'left':
      return { x0: x - gap - width, y0: y - height / 2, x1: x - gap, y1: y + height / 2 };
    case 'top':
      return { x0: x - width / 2, y0: y - gap - height, x1: x + width / 2, y1: y - gap };
    case 'bottom':
      return { x0: x - width / 2, y0: y + gap, x1: x + width / 2, y1: y + gap + height };
  }
}

/** Whether two boxes overlap, or come closer than `padding` px. */
export function overlaps(a: Box, b: Box, padding = 0): boolean {
  return a.x0 < b.x1 + padding && b.x0 < a.x1 + padding && a.y0 < b.y1 + padding && b.y0 < a.y1 + padding;
}

function inside(box: Box, width: number, height: number, margin: number): boolean {
  return box.x0 >= margin && box.y0 >= margin && box.x1 <= width - margin && box.y1 <= height - margin;
}
