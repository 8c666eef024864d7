/** A drawn place marker in container pixels. */
export interface PlaceHit {
  id: string;
  x: number;
  y: number;
  /** Radius including half the halo (px); 0 when the marker is not drawn. */
  r: number;
}

/**
 * Which marker a click at (x, y) means: of the markers whose disc contains the point, the one whose
 * centre is nearest. Co-located places stack (Almaty's airport lies a few pixels from the city at
 * national zoom, its small circle drawn over the city's); a click on the city's own location must
 * pick the city, and a click on the airport's centre the airport, whatever the drawing order.
 * Null when no disc contains the point.
 * @example pickPlace(0, 0, [{ id: 'airport', x: 3, y: 0, r: 6 }, { id: 'city', x: 0, y: 0, r: 20 }]) // 'city'
 */
export function pickPlace(x: number, y: number, hits: Iterable<PlaceHit>): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const hit of hits) {
    if (hit.r <= 0) continue;
    const distance = Math.hypot(hit.x - x, hit.y - y);
    if (distance > hit.r || distance >= bestDistance) continue;
    best = hit.id;
    bestDistance = distance;
  }
  return best;
}
