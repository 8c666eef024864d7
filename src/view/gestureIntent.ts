/** What a touch that has moved by (dx, dy) px means on the slider track. */
export type GestureIntent = 'undecided' | 'scrub' | 'scroll';

/** Movement (px) below which a touch is still a tap or undecided. */
export const gestureSlopPx = 8;

/**
 * A touch scrubs only when it moves mostly sideways; mostly up or down, it is the reader scrolling
 * the page (the track has `touch-action: pan-y`, so the browser scrolls it). Below the slop, wait.
 * @example gestureIntent(12, 3) // 'scrub'
 */
export function gestureIntent(dx: number, dy: number, slop: number = gestureSlopPx): GestureIntent {
  if (Math.hypot(dx, dy) < slop) return 'undecided';
  return Math.abs(dx) > Math.abs(dy) ? 'scrub' : 'scroll';
}
