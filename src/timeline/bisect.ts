/** Index of the first element of sorted `values` that is greater than `x` (d3's bisectRight). */
export function bisectRight(values: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of sorted `values` lie in the half-open interval `(from, to]`. */
export function countInRange(values: ArrayLike<number>, from: number, to: number): number {
  return Math.max(0, bisectRight(values, to) - bisectRight(values, from));
}
