// The swept deadlines of outbound calls, on fake timers (pure timing logic): when calls expire,
// how many timers and sweeps that takes, and the bound on how late a call may fail.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeadlineSweep, type SweptCall } from '../src/deadline-sweep.js';
import { activeTimers } from './helpers.js';

type Call = SweptCall & { name: string };

/** Pending calls in a Set, as a peer's table: expiring one removes it, as a peer's settle does. */
function sweepOver() {
  const pending = new Set<Call>();
  const expired: { name: string; lateMs: number }[] = [];
  let sweeps = 0;
  const sweep = new DeadlineSweep<Call>(
    () => {
      sweeps++;
      return [...pending];
    },
    (call) => {
      pending.delete(call);
      expired.push({ name: call.name, lateMs: performance.now() - call.expiresAt });
    },
  );
  const call = (name: string, timeoutMs: number): Call => {
    const now = performance.now();
    const c = { name, startedAt: now, expiresAt: now + timeoutMs };
    pending.add(c);
    sweep.watch(c, now);
    return c;
  };
  return { sweep, pending, expired, call, sweeps: () => sweeps };
}

describe('DeadlineSweep', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('fails calls at their deadline, not before, in deadline order across timeouts, with one timer', () => {
    const { expired, call, pending } = sweepOver();
    call('a300', 300);
    vi.advanceTimersByTime(50);
    call('b100', 100); // due at 150, earlier than a300: the timer moves
    call('c300', 300); // due at 350
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(98);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(expired.map((e) => e.name)).toEqual(['b100']);
    vi.advanceTimersByTime(150);
    expect(expired.map((e) => e.name)).toEqual(['b100', 'a300']);
    vi.advanceTimersByTime(50);
    expect(expired.map((e) => e.name)).toEqual(['b100', 'a300', 'c300']);
    expect(pending.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('answered calls never expire; a sweep that finds none due waits for the earliest still pending', () => {
    const { expired, call, pending, sweeps } = sweepOver();
    const first = call('first', 100);
    vi.advanceTimersByTime(40);
    call('second', 100); // due at 140
    pending.delete(first); // answered
    vi.advanceTimersByTime(61); // the timer, armed for `first`, fires at 100 and finds nothing due
    expect(expired).toEqual([]);
    expect(sweeps()).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(40);
    expect(expired.map((e) => e.name)).toEqual(['second']);
    expect(expired[0]!.lateMs).toBeLessThanOrEqual(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a caller with one timeout costs one timer and one sweep per span, however many calls', () => {
    const { expired, call, pending, sweeps } = sweepOver();
    // 1,000 calls over 10 s, each answered 5 ms after it was made.
    for (let i = 0; i < 1000; i++) {
      const c = call(`c${i}`, 3_000);
      vi.advanceTimersByTime(5);
      pending.delete(c);
      vi.advanceTimersByTime(5);
    }
    expect(expired).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    // One sweep at each 3 s boundary of the 10 s.
    expect(sweeps()).toBe(3);
  });

  it('staggered expiries: at most 1/64 of a timeout late, and a bounded number of sweeps', () => {
    const { expired, call, sweeps } = sweepOver();
    // 2,000 calls made 0.5 ms apart, none answered (a peer that stopped answering).
    for (let i = 0; i < 2000; i++) {
      call(`c${i}`, 640);
      vi.advanceTimersByTime(0.5);
    }
    vi.advanceTimersByTime(2_000);
    expect(expired).toHaveLength(2000);
    expect(Math.max(...expired.map((e) => e.lateMs))).toBeLessThanOrEqual(640 / 64 + 1);
    // 1,000 ms of expiries, a sweep at most every 10 ms: one per expiry would be 2,000.
    expect(sweeps()).toBeLessThanOrEqual(1000 / 10 + 2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('calls answered just before their deadline (a long poll) cost a bounded number of sweeps', () => {
    const { expired, call, pending, sweeps } = sweepOver();
    // One call per ms, each answered 2 ms before its deadline: the earliest pending deadline
    // is never more than 3 ms after a sweep, so sweeping at each one would take about 330 sweeps.
    const answerAt = new Map<number, Call[]>();
    for (let t = 0; t < 1_640; t++) {
      if (t < 1_000) {
        const c = call(`c${t}`, 640);
        answerAt.set(t + 638, [...(answerAt.get(t + 638) ?? []), c]);
      }
      for (const c of answerAt.get(t) ?? []) pending.delete(c);
      vi.advanceTimersByTime(1);
    }
    expect(expired).toEqual([]);
    // Sweeps from 640 ms (the first deadline) to 1,640 ms, at most one per 10 ms (640 ÷ 64).
    expect(sweeps()).toBeLessThanOrEqual(1_000 / 10 + 3);
  });

  it('a short timeout among long ones keeps its own bound', () => {
    const { expired, call } = sweepOver();
    call('long', 60_000);
    vi.advanceTimersByTime(1_000);
    call('expires', 100); // due at 1,100: the timer moves there
    vi.advanceTimersByTime(50);
    call('short', 128); // due at 1,178
    // The sweep at 1,100 expires one call; the next may wait 1/64 of the shortest pending
    // timeout (2 ms), not of the longest (937 ms, which would fail 'short' 859 ms late).
    vi.advanceTimersByTime(200);
    expect(expired.map((e) => e.name)).toEqual(['expires', 'short']);
    expect(expired[1]!.lateMs).toBeLessThanOrEqual(128 / 64 + 1);
  });

  it('clear() stops the timer', () => {
    const { sweep, expired, call } = sweepOver();
    for (let i = 0; i < 10; i++) call(`e${i}`, 100 + i);
    sweep.clear();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual([]);
  });

  it("its timer never holds the process open (the connection's socket does)", () => {
    vi.useRealTimers();
    const before = activeTimers();
    const { sweep, call } = sweepOver();
    call('a', 60_000);
    expect(activeTimers()).toBe(before);
    sweep.clear();
  });
});
