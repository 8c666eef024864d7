import { useEffect } from 'react';
import type { PlaybackStep } from '../timeline/playbackPace';

/**
 * Advances the story while `playing`, one paced step at a time: after each step the next wait is
 * asked of `next(t)` (src/timeline/playbackPace.ts: slower over dense days, a pause at key moments).
 * Pauses itself when the page is hidden. The caller never starts it on its own under
 * prefers-reduced-motion.
 */
export function usePlayback(playing: boolean, t: number, next: (t: number) => PlaybackStep, step: (hours: number) => void, pause: () => void): void {
  useEffect(
    function schedulePlaybackStep() {
      if (!playing) return undefined;
      const { hours, delayMs } = next(t);
      const timer = setTimeout(() => step(hours), delayMs);
      return function cancelPlaybackStep() {
        clearTimeout(timer);
      };
    },
    [playing, t, next, step],
  );
  useEffect(
    function pauseWhenHidden() {
      if (!playing) return undefined;
      const onVisibility = () => {
        if (document.hidden) pause();
      };
      document.addEventListener('visibilitychange', onVisibility);
      return function stopWatchingVisibility() {
        document.removeEventListener('visibilitychange', onVisibility);
      };
    },
    [playing, pause],
  );
}
