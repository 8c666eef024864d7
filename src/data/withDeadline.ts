/**
 * Runs `task` with an AbortSignal and a deadline: if it has not settled within `ms`, the signal is
 * aborted (a fetch stops downloading) and the result rejects with `onTimeout()`, whether or not the
 * task listens to its signal (a dynamic import cannot be aborted). A plain setTimeout rather than
 * `AbortSignal.timeout`, so tests can move time with fake clocks (Vitest's, Playwright's page.clock).
 *
 * @example
 * await withDeadline(15_000, () => new DataError('events.core.json', 'no answer within 15 s'), (signal) => fetch(url, { signal }));
 */
export function withDeadline<T>(ms: number, onTimeout: () => Error, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(onTimeout());
      controller.abort();
    }, ms);
  });
  let work: Promise<T>;
  try {
    work = task(controller.signal);
  } catch (error) {
    clearTimeout(timer);
    return Promise.reject(error);
  }
  // The deadline rejects before the abort, so a task failing because of the abort reports the timeout.
  return Promise.race([deadline, work]).finally(() => clearTimeout(timer));
}

/** "15 s", "0.5 s": a timeout as a reader reads it in an error message. */
export function formatSeconds(ms: number): string {
  return `${ms / 1000} s`;
}
