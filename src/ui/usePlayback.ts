import { useEffect } from 'react';

/**
 * Advances the story one hour per tick while `playing`, at `hoursPerSecond`. Pauses itself when
 * the page is hidden. The caller never starts it on its own under prefers-reduced-motion.
 */
export function usePlayback(playing: boolean, hoursPerSecond: number, step: () => void, pause: () => void): void {
  useEffect(
    function runPlaybackTimer() {
      if (!playing) return undefined;
      const timer = setInterval(step, 1000 / hoursPerSecond);
      const onVisibility = () => {
        if (document.hidden) pause();
      };
      document.addEventListener('visibilitychange', onVisibility);
      return function stopPlaybackTimer() {
        clearInterval(timer);
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
    [playing, hoursPerSecond, step, pause],
  );
}
