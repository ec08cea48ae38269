// The callee's memory of datagram calls: run once, replay the answer to a retransmission, and
// forget by the caller's watermark, by expiry and by the cap, never forgetting a running call.
import { describe, expect, it } from 'vitest';
import { ReplayCache } from '../src/replay-cache.js';

const answer = (n: number) => Uint8Array.of(n);

describe('ReplayCache', () => {
  it('runs a call once, ignores it while it runs, then replays its answer', () => {
    const cache = new ReplayCache(100, 1000);
    expect(cache.check(1, 0)).toEqual({ action: 'run' });
    cache.start(1, Number.POSITIVE_INFINITY, 0);
    expect(cache.check(1, 0)).toEqual({ action: 'ignore', why: 'running' });
    cache.complete(1, answer(7));
    expect(cache.check(1, 0)).toEqual({ action: 'replay', bytes: answer(7) });
    cache.start(2, Number.POSITIVE_INFINITY, 0);
    cache.complete(2, undefined);
    expect(cache.check(2, 0)).toEqual({ action: 'ignore', why: 'no-answer' });
  });

  it('forgets finished calls below the watermark, keeps running ones, and calls them stale', () => {
    const cache = new ReplayCache(100, 1000);
    for (let id = 1; id <= 5; id++) cache.start(id, Number.POSITIVE_INFINITY, 0);
    for (const id of [1, 2, 4]) cache.complete(id, answer(id));
    // Watermark 5: 1, 2 and 4 are finished at the caller; 3 still runs here.
    expect(cache.check(6, 5)).toEqual({ action: 'run' });
    expect(cache.size).toBe(2);
    expect(cache.check(3, 5)).toEqual({ action: 'ignore', why: 'running' });
    expect(cache.check(2, 5)).toEqual({ action: 'ignore', why: 'stale' });
    // Across the wrap of uint32 ids.
    const wrapped = new ReplayCache(100, 1000);
    wrapped.start(0xffffffff, Number.POSITIVE_INFINITY, 0);
    wrapped.complete(0xffffffff, answer(1));
    expect(wrapped.check(2, 1)).toEqual({ action: 'run' });
    expect(wrapped.size).toBe(0);
  });

  it('expires finished calls after deadline + retention, and evicts the oldest finished at the cap', () => {
    const cache = new ReplayCache(3, 1000);
    cache.start(1, 500, 0); // expires at 1500
    cache.complete(1, answer(1));
    cache.start(2, Number.POSITIVE_INFINITY, 100); // expires at 1100, but is still running
    cache.start(3, Number.POSITIVE_INFINITY, 2000); // expires 1, not the running 2
    expect(cache.check(1, 0)).toEqual({ action: 'run' });
    expect(cache.check(2, 0)).toEqual({ action: 'ignore', why: 'running' });
    cache.complete(3, answer(3));
    cache.start(4, Number.POSITIVE_INFINITY, 2000);
    cache.start(5, Number.POSITIVE_INFINITY, 2000); // at the cap: evicts 3 (2 runs)
    expect(cache.evictions).toBe(1);
    expect(cache.check(3, 0)).toEqual({ action: 'run' });
    expect(cache.check(2, 0)).toEqual({ action: 'ignore', why: 'running' });
    expect(cache.size).toBe(3);
  });
  it('evicts and expires finished calls past any number of older running ones', () => {
    const cache = new ReplayCache(1_002, 1000);
    // 1,000 slow handlers still running, started first (the oldest entries).
    for (let id = 1; id <= 1_000; id++) cache.start(id, Number.POSITIVE_INFINITY, 0);
    cache.start(1_001, 100, 0); // expires at 1100
    cache.complete(1_001, answer(1));
    cache.start(1_002, Number.POSITIVE_INFINITY, 0); // expires at 1000
    cache.complete(1_002, answer(2));
    // At the cap: the oldest finished one goes, never a running one.
    cache.start(1_003, Number.POSITIVE_INFINITY, 0);
    expect(cache.evictions).toBe(1);
    expect(cache.check(1_001, 0)).toEqual({ action: 'run' });
    expect(cache.check(1_002, 0)).toEqual({ action: 'replay', bytes: answer(2) });
    cache.complete(1_003, answer(3));
    // By 5000 both finished ones have expired; the running ones stay, whatever their expiry.
    cache.start(1_004, Number.POSITIVE_INFINITY, 5_000);
    expect(cache.check(1_002, 0)).toEqual({ action: 'run' });
    expect(cache.check(1_003, 0)).toEqual({ action: 'run' });
    expect(cache.check(1, 0)).toEqual({ action: 'ignore', why: 'running' });
    expect(cache.size).toBe(1_001);
  });

  it('forgets by the watermark in the order calls finished, and a call finished twice counts once', () => {
    const cache = new ReplayCache(100, 1000);
    for (let id = 1; id <= 6; id++) cache.start(id, Number.POSITIVE_INFINITY, 0);
    for (const id of [5, 2, 3]) cache.complete(id, answer(id));
    cache.complete(3, answer(9)); // a second completion changes nothing
    expect(cache.check(3, 0)).toEqual({ action: 'replay', bytes: answer(3) });
    // Watermark 7: 5, 2 and 3 are forgotten; 1, 4 and 6 still run here.
    expect(cache.check(7, 7)).toEqual({ action: 'run' });
    expect(cache.size).toBe(3);
    for (const id of [1, 4, 6]) expect(cache.check(id, 7)).toEqual({ action: 'ignore', why: 'running' });
    cache.complete(4, answer(4));
    cache.complete(1, answer(1));
    expect(cache.check(8, 8)).toEqual({ action: 'run' });
    expect(cache.size).toBe(1);
  });
});
