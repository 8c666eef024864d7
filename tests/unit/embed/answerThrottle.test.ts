import { describe, expect, it } from 'vitest';
import { createAnswerThrottle, type ThrottleClock } from '../../../src/embed/answerThrottle';

/** A clock that moves only when told to, running the timers that fall due. */
function fakeClock(): ThrottleClock & { advance: (ms: number) => void; pending: () => number } {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let nextId = 0;
  return {
    now: () => now,
    setTimeout: (run, ms) => {
      nextId += 1;
      timers.push({ at: now + ms, run, id: nextId });
      return nextId;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      for (const timer of due) timer.run();
    },
    pending: () => timers.length,
  };
}

function setup(gapMs = 16) {
  const clock = fakeClock();
  let answers = 0;
  let ready = true;
  const throttle = createAnswerThrottle({ answer: () => (answers += 1), ready: () => ready, gapMs, clock });
  return { clock, throttle, answers: () => answers, setReady: (value: boolean) => (ready = value) };
}

describe('createAnswerThrottle({ answer, ready, gapMs })', () => {
  it('answers a lone request at once', () => {
    const { throttle, answers } = setup();
    throttle.request();
    expect(answers()).toBe(1);
  });

  it('answers a flood of 10,000 requests within one gap with two answers (the first at once, one covering the rest)', () => {
    const { throttle, answers, clock } = setup();
    for (let i = 0; i < 10_000; i += 1) throttle.request();
    expect(answers()).toBe(1);
    clock.advance(16);
    expect(answers()).toBe(2);
    clock.advance(100);
    expect(answers()).toBe(2);
  });

  it('answers at most once per gap under a steady flood, and once after its last request', () => {
    const { throttle, answers, clock } = setup();
    for (let ms = 0; ms < 1000; ms += 1) {
      for (let i = 0; i < 10; i += 1) throttle.request();
      clock.advance(1);
    }
    clock.advance(16);
    expect(answers()).toBeGreaterThanOrEqual(60);
    expect(answers()).toBeLessThanOrEqual(Math.ceil(1000 / 16) + 2);
  });

  it('waits while not ready, and answers when poked once ready (a command committed)', () => {
    const { throttle, answers, clock, setReady } = setup();
    setReady(false);
    throttle.request();
    clock.advance(100);
    expect(answers()).toBe(0);
    setReady(true);
    throttle.poke();
    expect(answers()).toBe(1);
  });

  it('does not answer when poked with nothing asked', () => {
    const { throttle, answers } = setup();
    throttle.poke();
    expect(answers()).toBe(0);
  });

  it('holds a trailing answer that falls due before a commit until the poke', () => {
    const { throttle, answers, clock, setReady } = setup();
    throttle.request();
    throttle.request();
    setReady(false);
    clock.advance(16);
    expect(answers()).toBe(1);
    setReady(true);
    throttle.poke();
    expect(answers()).toBe(2);
  });

  it('dispose() cancels a scheduled answer', () => {
    const { throttle, answers, clock } = setup();
    throttle.request();
    throttle.request();
    throttle.dispose();
    clock.advance(100);
    expect(answers()).toBe(1);
    expect(clock.pending()).toBe(0);
  });
});
