import { useEffect, useRef } from 'react';

/**
 * In an embed: pauses playback when the map scrolls out of the reader's view (IntersectionObserver
 * sees the top-level viewport through the iframe), and starts `autoplay` once it is first seen,
 * never under reduced motion.
 */
export function useVisibilityPlayback(
  element: React.RefObject<HTMLElement | null>,
  enabled: boolean,
  autoplay: boolean,
  reducedMotion: boolean,
  play: () => void,
  pause: () => void,
): void {
  const autoplayed = useRef(false);
  useEffect(
    function watchVisibility() {
      const target = element.current;
      if (!enabled || !target) return undefined;
      const observer = new IntersectionObserver(
        ([entry]) => {
          if (!entry) return;
          if (!entry.isIntersecting) pause();
          else if (autoplay && !reducedMotion && !autoplayed.current) {
            autoplayed.current = true;
            play();
          }
        },
        { threshold: 0.25 },
      );
      observer.observe(target);
      return function stopWatchingVisibility() {
        observer.disconnect();
      };
    },
    [element, enabled, autoplay, reducedMotion, play, pause],
  );
}
