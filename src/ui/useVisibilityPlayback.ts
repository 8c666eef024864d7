import { useEffect, useRef } from 'react';

/**
 * In an embed: pauses playback when the map scrolls out of the reader's view (IntersectionObserver
 * sees the top-level viewport through the iframe), and starts `autoplay` once it is first seen,
 * never under reduced motion. Playback started while the map is already out of view (a host's
 * `play`, a key press) pauses too: no threshold is crossed then, so the last ratio seen decides.
 */
export function useVisibilityPlayback(
  element: React.RefObject<HTMLElement | null>,
  enabled: boolean,
  autoplay: boolean,
  reducedMotion: boolean,
  playing: boolean,
  play: () => void,
  pause: () => void,
): void {
  const autoplayed = useRef(false);
  /** The last ratio the observer reported; null before its first report. */
  const ratio = useRef<number | null>(null);
  useEffect(
    function watchVisibility() {
      const target = element.current;
      if (!enabled || !target) return undefined;
      const observer = new IntersectionObserver(
        ([entry]) => {
          if (!entry) return;
          ratio.current = entry.intersectionRatio;
          // Less than a quarter in view counts as out of view (isIntersecting stays true for a sliver).
          if (entry.intersectionRatio < 0.25) pause();
          else if (autoplay && !reducedMotion && !autoplayed.current) {
            autoplayed.current = true;
            play();
          }
        },
        { threshold: [0, 0.25] },
      );
      observer.observe(target);
      return function stopWatchingVisibility() {
        observer.disconnect();
      };
    },
    [element, enabled, autoplay, reducedMotion, play, pause],
  );
  useEffect(
    function pauseWhenStartedOutOfView() {
      if (enabled && playing && ratio.current !== null && ratio.current < 0.25) pause();
    },
    [enabled, playing, pause],
  );
}
