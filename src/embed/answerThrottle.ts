/** The timers an answer throttle uses; the browser's by default, fake ones in tests. */
export interface ThrottleClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (timer: unknown) => void;
}

export interface AnswerThrottleOptions {
  /** Posts one answer with the state as it is now. */
  answer: () => void;
  /** False while the answer would be stale (a host command not yet committed): the answer waits. */
  ready: () => boolean;
  /** Shortest time between two answers (ms). */
  gapMs: number;
  clock?: ThrottleClock;
}

export interface AnswerThrottle {
  /** Someone asked: an answer will follow, now or at the end of the gap, once `ready()`. */
  request: () => void;
  /** `ready()` may have become true (React committed): answer a waiting request. */
  poke: () => void;
  /** Cancels a scheduled answer. */
  dispose: () => void;
}

const browserClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

/**
 * Answers requests at most once per `gapMs`, each answer covering every request made before it
 * (a flood of `get-state` gets one `state` per gap, not one per request), and never while
 * `ready()` is false. A lone request is answered at once.
 * @example const throttle = createAnswerThrottle({ answer: postState, ready: () => true, gapMs: 16 });
 * throttle.request(); throttle.request(); // one answer now, none more: both were covered
 */
export function createAnswerThrottle({ answer, ready, gapMs, clock = browserClock }: AnswerThrottleOptions): AnswerThrottle {
  let wanted = false;
  let lastAnswer = -Infinity;
  let timer: unknown = null;

  function fire() {
    timer = null;
    if (!wanted || !ready()) return; // poke() tries again once the commit is in
    wanted = false;
    lastAnswer = clock.now();
    answer();
  }

  function poke() {
    if (!wanted || timer !== null || !ready()) return;
    const wait = lastAnswer + gapMs - clock.now();
    if (wait > 0) timer = clock.setTimeout(fire, wait);
    else fire();
  }

  return {
    request() {
      wanted = true;
      poke();
    },
    poke,
    dispose() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      wanted = false;
    },
  };
}
