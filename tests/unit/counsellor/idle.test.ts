import { describe, expect, it } from 'vitest';
import { IdleTimer, type IdleClock } from '../../../src/counsellor/idle';

function fakeClock() {
  let now = 0;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let nextId = 0;
  const clock: IdleClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      timers.push({ at: now + ms, callback, id: ++nextId });
      return nextId;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((timer) => timer.id !== handle);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((timer) => timer !== due);
      now = due.at;
      due.callback();
    }
    now = end;
  };
  return { clock, advance, skip: (ms: number) => (now += ms) };
}

describe('idle timer', () => {
  it('fires after the timeout without activity, and only once', () => {
    const { clock, advance } = fakeClock();
    let fired = 0;
    const timer = new IdleTimer(10_000, () => fired++, clock);
    timer.start();
    advance(9_999);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
    advance(50_000);
    expect(fired).toBe(1);
    expect(timer.running).toBe(false);
  });

  it('activity pushes the deadline back, even inside the re-arm granularity', () => {
    const { clock, advance } = fakeClock();
    let fired = 0;
    const timer = new IdleTimer(10_000, () => fired++, clock);
    timer.start();
    advance(500);
    timer.activity();
    advance(9_600);
    expect(fired).toBe(0);
    timer.activity();
    advance(9_000);
    timer.activity();
    advance(9_999);
    expect(fired).toBe(0);
    advance(1);
    expect(fired).toBe(1);
  });

  it('check() fires at once when the deadline passed while timers were held back', () => {
    const { clock, skip } = fakeClock();
    let fired = 0;
    const timer = new IdleTimer(10_000, () => fired++, clock);
    timer.start();
    skip(60_000);
    timer.check();
    expect(fired).toBe(1);
  });

  it('stop() cancels it', () => {
    const { clock, advance } = fakeClock();
    let fired = 0;
    const timer = new IdleTimer(10_000, () => fired++, clock);
    timer.start();
    timer.stop();
    timer.activity();
    advance(20_000);
    expect(fired).toBe(0);
  });
});
