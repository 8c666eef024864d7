/**
 * Where the map's keyboard focus goes next: the pure half of the roving tabindex (rovingFocus.ts
 * is the Leaflet half). Items are feature anchors in degrees; directions are compass directions on
 * the map as drawn (north up), so from Aktau ArrowRight goes east and ArrowUp goes north.
 */

/** A focusable map feature: its id and an anchor point (longitude, latitude in degrees). */
export interface RovingItem {
  id: string;
  lng: number;
  lat: number;
}

export type RovingDirection = 'east' | 'west' | 'north' | 'south';

export const rovingDefaults = {
  /** Half-angle (°) of the cone a neighbour is looked for in before any forward item is accepted. */
  coneDegrees: 60,
  /** Weight of the sideways offset against the forward distance: favours features straight ahead. */
  sidewaysWeight: 2,
} as const;

const unit: Record<RovingDirection, [number, number]> = { east: [1, 0], west: [-1, 0], north: [0, 1], south: [0, -1] };

/** Equirectangular offset from `from` to `to` in degrees of latitude (longitude shrunk by cos φ at `from`). */
function offset(from: RovingItem, to: RovingItem): [number, number] {
  const cos = Math.cos((from.lat * Math.PI) / 180);
  return [(to.lng - from.lng) * cos, to.lat - from.lat];
}

/**
 * The reading order of the features: west to east by anchor, north first on a tie, then by id, so
 * Home and End are the westernmost and easternmost features and the order never depends on input order.
 * @example geographicOrder([{ id: 'east', lng: 80, lat: 45 }, { id: 'west', lng: 51, lat: 43 }]) // ['west', 'east']
 */
export function geographicOrder(items: readonly RovingItem[]): string[] {
  return [...items].sort((a, b) => a.lng - b.lng || b.lat - a.lat || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((item) => item.id);
}

/**
 * The nearest item in `direction` from the item `fromId`: first among items inside a cone of
 * `coneDegrees` around the direction, else among any item ahead (less than 90° off). The score is
 * the forward distance plus `sidewaysWeight` × the sideways offset. Null when nothing lies ahead or
 * `fromId` is not among the items.
 */
export function neighbourInDirection(items: readonly RovingItem[], fromId: string, direction: RovingDirection): string | null {
  const from = items.find((item) => item.id === fromId);
  if (!from) return null;
  const [ux, uy] = unit[direction];
  const coneCos = Math.cos((rovingDefaults.coneDegrees * Math.PI) / 180);
  let best: { id: string; score: number; inCone: boolean } | null = null;
  for (const item of items) {
    if (item.id === from.id) continue;
    const [dx, dy] = offset(from, item);
    const forward = dx * ux + dy * uy;
    if (forward <= 0) continue;
    const sideways = Math.abs(dx * uy - dy * ux);
    const inCone = forward / Math.hypot(dx, dy) >= coneCos;
    const score = forward + rovingDefaults.sidewaysWeight * sideways;
    if (!best || (inCone && !best.inCone) || (inCone === best.inCone && (score < best.score || (score === best.score && item.id < best.id)))) {
      best = { id: item.id, score, inCone };
    }
  }
  return best?.id ?? null;
}

/** The item nearest to a point (ties: the lower id); null for no items. */
export function nearestItem(items: readonly RovingItem[], point: { lng: number; lat: number }): string | null {
  const origin: RovingItem = { id: '', ...point };
  let best: { id: string; distance: number } | null = null;
  for (const item of items) {
    const distance = Math.hypot(...offset(origin, item));
    if (!best || distance < best.distance || (distance === best.distance && item.id < best.id)) best = { id: item.id, distance };
  }
  return best?.id ?? null;
}
