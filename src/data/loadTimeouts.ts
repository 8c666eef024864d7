/**
 * How long each download may take before the page gives up on it, names the file and offers
 * "Try again" (ms, from the request until the whole file has arrived). Sized against Chrome's
 * "Slow 3G" profile (2 s round trip, 50 kB/s): a server that has not finished by then is far more
 * likely hung than slow, and a reader waiting longer than this in front of "Loading…" has left.
 */
export const loadTimeouts = {
  /**
   * The first view's data (base topology 20 kB gzip, lakes 2, events core 6; 64 kB raw at most),
   * and for Russian and Kazakh readers their event texts (15 kB gzip, 64 raw), which the map waits
   * for: about 2.5 s on Slow 3G with compression, 4 s without. 15 s is four to six times that.
   */
  firstView: 15_000,
  /**
   * Descriptions and sources (21 kB gzip, 81 raw), fetched when the page is idle after the first
   * view: nothing but their placeholders waits, and they share the link with whatever the reader
   * does next, so twice the first view's slack.
   */
  afterFirstView: 30_000,
  /**
   * Code loaded on demand: the download form (4 kB gzip), a Russian or Kazakh catalogue (6 kB).
   * Small, but asked for while the reader waits on a dialog or a switch: 15 s, as the first view.
   */
  chunk: 15_000,
} as const;
