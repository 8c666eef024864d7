import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withDeadline } from '../../../src/data/withDeadline';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const never = () => new Promise<never>(() => undefined);

describe('withDeadline(ms, onTimeout, task)', () => {
  it('resolves with the task when it settles in time, and leaves no timer behind', async () => {
    await expect(withDeadline(1000, () => new Error('late'), async () => 42)).resolves.toBe(42);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes on the task’s own failure, and leaves no timer behind', async () => {
    await expect(withDeadline(1000, () => new Error('late'), async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with onTimeout() once ms have passed, even when the task ignores its signal', async () => {
    const result = withDeadline(1000, () => new Error('no answer within 1 s'), never);
    const settled = vi.fn();
    result.catch(settled);
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).rejects.toThrow('no answer within 1 s');
  });

  it('aborts the task’s signal at the deadline, so a fetch stops downloading', async () => {
    let signal: AbortSignal | undefined;
    const result = withDeadline(500, () => new Error('late'), (given) => {
      signal = given;
      return never();
    });
    result.catch(() => undefined);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(signal?.aborted).toBe(true);
  });

  it('reports the timeout, not the abort, when the task rejects because its signal was aborted', async () => {
    const result = withDeadline(
      500,
      () => new Error('no answer within 0.5 s'),
      (signal) => new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    result.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(500);
    await expect(result).rejects.toThrow('no answer within 0.5 s');
  });
});
