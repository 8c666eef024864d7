/**
 * Planar signed area of a closed ring in square degrees: positive when the ring runs
 * counter-clockwise (RFC 7946 exterior), negative when clockwise, 0 when collapsed.
 */
export function ringArea(ring) {
  let sum = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    sum += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return sum / 2;
}
