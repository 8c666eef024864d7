export interface TooltipPlacement {
  /** Above or below the anchor. */
  direction: 'top' | 'bottom';
  /** Leaflet's tooltip offset (px): the sideways shift that keeps it inside, and the gap. */
  offset: [number, number];
}

export const tooltipPlacementDefaults = {
  /** Room kept between a tooltip and the map's edge (px). */
  margin: 4,
} as const;

/**
 * Where a tooltip of `width` × `height` px goes for an anchor at (x, y) in a `frameWidth` ×
 * `frameHeight` px map, `gap` px from the anchor: above when it fits there, else below when it fits
 * there, else on the roomier side; shifted sideways so it stays inside the frame (flush left when
 * it is wider than the frame). Pure: the caller measures and applies.
 * @example tooltipPlacement(5, 100, 200, 60, 400, 300, 8) // { direction: 'top', offset: [99, -8] }
 */
export function tooltipPlacement(
  x: number,
  y: number,
  width: number,
  height: number,
  frameWidth: number,
  frameHeight: number,
  gap: number,
  margin: number = tooltipPlacementDefaults.margin,
): TooltipPlacement {
  const roomAbove = y - gap - margin;
  const roomBelow = frameHeight - y - gap - margin;
  const direction = height <= roomAbove || (height > roomBelow && roomAbove >= roomBelow) ? 'top' : 'bottom';
  const left = x - width / 2;
  let dx = 0;
  if (width > frameWidth - 2 * margin || left < margin) dx = margin - left;
  else if (left + width > frameWidth - margin) dx = frameWidth - margin - (left + width);
  return { direction, offset: [dx, direction === 'top' ? -gap : gap] };
}
