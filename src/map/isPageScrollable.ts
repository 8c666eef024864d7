/** The sizes of the page's scrolling box that decide whether it scrolls (document.documentElement). */
export interface ScrollBox {
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

/**
 * Whether the page scrolls vertically, so that one finger or a plain wheel on the map should move
 * the page rather than the map. A pixel of slack: rounding leaves scrollHeight a pixel above
 * clientHeight on some zoom levels of a page that does not scroll.
 * @example isPageScrollable({ scrollHeight: 2400, clientHeight: 844 }) // true
 */
export function isPageScrollable(box: ScrollBox): boolean {
  return box.scrollHeight - box.clientHeight > 1;
}
