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
  /** The instant's position, where the leader line from the box's dot (half a target in from its left) points. */
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
  /** Rows of markers tried: one, then two; labels may take one row more. */
  maxRows: 2,
} as const;

/**
 * Places the key moments' buttons under a track `width` px wide: labels where there is room,
 * shorter labels, then bare markers, the most important (by `priority`) served first, so that
 * no two buttons overlap and no label sits far from its instant. Buttons that must move aside
 * (several moments within hours) keep a leader line to their instant (`x`).
 * @example layoutMomentLabels(marks, 1200)[0] // { key: 'first-protest', level: 'full', left: 40, width: 150, row: 0, x: 60 }
 */
export function layoutMomentLabels(marks: readonly MomentMark[], width: number, options: Partial<Options> = {}): PlacedMark[] {
  const o = { ...momentLayoutDefaults, ...options };
  const sorted = [...marks].sort((a, b) => a.x - b.x);
  let best: { placed: PlacedMark[]; score: number; rows: number } | null = null;
  // Markers in one row or two (alternating), and labels in those rows or one more of their own.
  for (let markerRows = 1; markerRows <= o.maxRows; markerRows += 1) {
    for (const rows of [markerRows, markerRows + 1]) {
      if (rows > o.maxRows + 1) continue;
      const placed = layoutInRows(sorted, width, markerRows, rows, o);
      const score = placed.reduce((sum, mark) => sum + (mark.level === 'full' ? 2 : mark.level === 'short' ? 1 : 0), 0);
      const used = Math.max(0, ...placed.map((mark) => mark.row + 1));
      // More rows only when they keep more words on screen.
      if (best === null || score > best.score || (score === best.score && used < best.rows)) best = { placed, score, rows: used };
    }
  }
  return best?.placed ?? [];
}

type Options = { [key in keyof typeof momentLayoutDefaults]: number };

/**
 * Greedy by importance: every moment starts as a marker (in `markerRows` rows alternating in time
 * order, so close markers can sit side by side in two rows); then, most important first, each tries its full label
 * and its short one, in either row, and keeps the first that leaves every label near its instant
 * and pushes no marker much further than it had to move without labels.
 */
function layoutInRows(sorted: readonly MomentMark[], width: number, markerRows: number, rows: number, o: Options): PlacedMark[] {
  const maxShift = Math.max(o.maxShiftPx, o.maxShiftShare * width);
  let state = sorted.map((mark, index) => ({ mark, level: 'marker' as LabelLevel, row: index % markerRows }));
  let placed = place(state, width, rows, o);
  // How far each marker had to move with no label at all: a label may not push it much further.
  const markerShift = new Map(placed.map((mark) => [mark.key, Math.abs(mark.left + o.targetPx / 2 - mark.x)]));
  const byImportance = [...sorted.keys()].sort((a, b) => (sorted[a] as MomentMark).priority - (sorted[b] as MomentMark).priority);
  for (const index of byImportance) {
    const own = state[index] as (typeof state)[number];
    const otherRows = [...Array(rows).keys()].filter((row) => row !== own.row);
    const tries = (['full', 'short'] as const).flatMap((level) => [own.row, ...otherRows].map((row) => ({ level, row })));
    for (const attempt of tries) {
      const next = state.map((entry, i) => (i === index ? { ...entry, ...attempt } : entry));
      const candidate = place(next, width, rows, o);
      const shift = (mark: PlacedMark) => Math.abs(mark.left + o.targetPx / 2 - mark.x);
      const fits = (mark: PlacedMark) =>
        mark.level === 'marker'
          ? shift(mark) <= (markerShift.get(mark.key) ?? 0) + o.targetPx / 2
          : mark.left + mark.width <= width + 0.5 && shift(mark) <= maxShift;
      if (candidate.every(fits)) {
        state = next;
        placed = candidate;
        break;
      }
    }
  }
  return placed.sort((a, b) => a.x - b.x);
}

function boxWidth(mark: MomentMark, level: LabelLevel, o: Options): number {
  if (level === 'marker') return o.targetPx;
  return Math.max(o.targetPx, o.dotPx + o.padPx + (level === 'full' ? mark.fullWidth : mark.shortWidth));
}

function place(state: readonly { mark: MomentMark; level: LabelLevel; row: number }[], width: number, rows: number, o: Options): PlacedMark[] {
  const placed: PlacedMark[] = [];
  for (let row = 0; row < rows; row += 1) {
    const inRow = state.filter((entry) => entry.row === row);
    // Every button's dot sits half a target in from its left: that is the point put at the instant.
    const items = inRow.map((entry) => ({ x: entry.mark.x, width: boxWidth(entry.mark, entry.level, o), anchor: o.targetPx / 2 }));
    for (const block of dodge(items, width, o.gapPx)) {
      block.members.forEach((member, i) => {
        const { mark, level } = inRow[member] as (typeof inRow)[number];
        placed.push({ key: mark.key, level, left: block.lefts[i] as number, width: boxWidth(mark, level, o), row, x: mark.x });
      });
    }
  }
  return placed;
}

interface Block {
  /** Indices into the row's items, consecutive. */
  members: number[];
  /** Left edge of each member's box (px). */
  lefts: number[];
}

/**
 * Boxes in one row, in x order, each wishing its `anchor` (px from its left; default its centre)
 * to sit at its `x`, moved apart as little as possible (least squares, by merging
 * overlapping neighbours into blocks centred on their members' mean wish) and kept inside
 * [0, width]. A block wider than the track starts at 0 and runs over: markers only, by then.
 */
export function dodge(items: readonly { x: number; width: number; anchor?: number }[], width: number, gap: number): Block[] {
  const blocks: { members: number[]; size: number; wish: number; left: number }[] = [];
  items.forEach((item, index) => {
    let block = { members: [index], size: item.width, wish: item.x - (item.anchor ?? item.width / 2), left: 0 };
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
