/** A key moment (or several at one instant) to place under the slider track. */
export interface MomentMark {
  key: string;
  /** Its instant's position on the track (px from the track's left). */
  x: number;
  /** 1 keeps its label longest. */
  priority: number;
  /** Widths of its full and short label texts (px, measured at the current font). */
  fullWidth: number;
  shortWidth: number;
}

export type LabelLevel = 'full' | 'short' | 'marker';

export interface PlacedMark {
  key: string;
  level: LabelLevel;
  /** The button's box: left edge and width (px), and its row (0 nearest the track). */
  left: number;
  width: number;
  row: number;
  /** The instant's position, where the leader line from the box points. */
  x: number;
}

export const momentLayoutDefaults = {
  /** Smallest target: WCAG 2.5.8's 24 px (the caller passes 44 for coarse pointers). */
  targetPx: 24,
  /** The dot and the space after it inside a labelled button (px). */
  dotPx: 16,
  /** Padding right of a label inside its button (px). */
  padPx: 6,
  /** Space kept between two buttons of a row (px). */
  gapPx: 4,
  /** A label may sit at most this far from its instant (px), or this share of the track if larger. */
  maxShiftPx: 48,
  maxShiftShare: 0.12,
  /** Rows tried: one, then two when two keep more labels. */
  maxRows: 2,
} as const;

/**
 * Places the key moments' buttons under a track `width` px wide: labels where there is room,
 * shorter labels, then bare markers, dropping the least important first (by `priority`), so that
 * no two buttons overlap and no label sits far from its instant. Buttons that must move aside
 * (several moments within hours) keep a leader line to their instant (`x`).
 * @example layoutMomentLabels(marks, 1200)[0] // { key: 'first-protest', level: 'full', left: 40, width: 150, row: 0, x: 60 }
 */
export function layoutMomentLabels(marks: readonly MomentMark[], width: number, options: Partial<Options> = {}): PlacedMark[] {
  const o = { ...momentLayoutDefaults, ...options };
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  let best: { placed: PlacedMark[]; score: number } | null = null;
  for (let rows = 1; rows <= o.maxRows; rows += 1) {
    const placed = layoutInRows(sorted, width, rows, o);
    const score = placed.reduce((sum, mark) => sum + (mark.level === 'full' ? 2 : mark.level === 'short' ? 1 : 0), 0);
    // Another row only when it keeps more words on screen.
    if (best === null || score > best.score) best = { placed, score };
  }
  return best?.placed ?? [];
}

type Options = { [key in keyof typeof momentLayoutDefaults]: number };

function layoutInRows(sorted: readonly MomentMark[], width: number, rows: number, o: Options): PlacedMark[] {
  const levels = new Map<string, LabelLevel>(sorted.map((mark) => [mark.key, 'full']));
  const maxShift = Math.max(o.maxShiftPx, o.maxShiftShare * width);
  const boxWidth = (mark: MomentMark): number => {
    const level = levels.get(mark.key);
    if (level === 'marker') return o.targetPx;
    return Math.max(o.targetPx, o.dotPx + o.padPx + (level === 'full' ? mark.fullWidth : mark.shortWidth));
  };
  // Each demotion takes one level off one label, so this ends within 2 × marks rounds.
  for (;;) {
    const placed: PlacedMark[] = [];
    let demote: MomentMark | null = null;
    for (let row = 0; row < rows; row += 1) {
      const inRow = sorted.filter((_, index) => index % rows === row);
      const blocks = dodge(inRow.map((mark) => ({ x: mark.x, width: boxWidth(mark) })), width, o.gapPx);
      for (const block of blocks) {
        const members = block.members.map((index) => inRow[index] as MomentMark);
        const tooFar = block.lefts.some((left, i) => {
          const mark = members[i] as MomentMark;
          return levels.get(mark.key) !== 'marker' && Math.abs(left + boxWidth(mark) / 2 - mark.x) > maxShift;
        });
        if (tooFar && demote === null) demote = leastImportantLabelled(members, levels);
        block.lefts.forEach((left, i) => {
          const mark = members[i] as MomentMark;
          placed.push({ key: mark.key, level: levels.get(mark.key) as LabelLevel, left, width: boxWidth(mark), row, x: mark.x });
        });
      }
    }
    if (demote === null) return placed.sort((a, b) => a.x - b.x);
    levels.set(demote.key, levels.get(demote.key) === 'full' ? 'short' : 'marker');
  }
}

function leastImportantLabelled(members: readonly MomentMark[], levels: ReadonlyMap<string, LabelLevel>): MomentMark | null {
  let found: MomentMark | null = null;
  for (const mark of members) {
    if (levels.get(mark.key) === 'marker') continue;
    if (found === null || mark.priority > found.priority) found = mark;
  }
  return found;
}

interface Block {
  /** Indices into the row's items, consecutive. */
  members: number[];
  /** Left edge of each member's box (px). */
  lefts: number[];
}

/**
 * Boxes in one row, in x order, moved apart as little as possible (least squares, by merging
 * overlapping neighbours into blocks centred on their members' mean wish) and kept inside
 * [0, width]. A block wider than the track starts at 0 and runs over: markers only, by then.
 */
export function dodge(items: readonly { x: number; width: number }[], width: number, gap: number): Block[] {
  const blocks: { members: number[]; size: number; wish: number; left: number }[] = [];
  items.forEach((item, index) => {
    let block = { members: [index], size: item.width, wish: item.x - item.width / 2, left: 0 };
    block.left = clamp(block.wish, 0, width - block.size);
    for (;;) {
      const previous = blocks.at(-1);
      if (!previous || previous.left + previous.size + gap <= block.left) break;
      blocks.pop();
      // Merged: the block's left is the mean of what each member wishes it to be.
      const members = [...previous.members, ...block.members];
      const size = previous.size + gap + block.size;
      const wish = (previous.wish * previous.members.length + (block.wish - previous.size - gap) * block.members.length) / members.length;
      block = { members, size, wish, left: clamp(wish, 0, width - size) };
    }
    blocks.push(block);
  });
  return blocks.map((block) => {
    let left = block.left;
    const lefts = block.members.map((index) => {
      const at = left;
      left += (items[index] as { width: number }).width + gap;
      return at;
    });
    return { members: block.members, lefts };
  });
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(Math.max(min, max), value));
}
