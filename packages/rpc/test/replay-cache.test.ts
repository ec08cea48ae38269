// The callee's memory of datagram calls: run once, replay the answer to a retransmission, and
// forget by the caller's watermark, by expiry and by the cap, never forgetting a running call.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callIdBefore, nextCallId } from '../src/call-id.js';
import { ReplayCache, type ReplayEntry, type ReplayVerdict } from '../src/replay-cache.js';

const answer = (n: number) => Uint8Array.of(n);

/** A cache with the entries it started by id: the peer completes a call by the entry `start` gave. */
function tracked(maxEntries: number, retentionMs: number) {
  const cache = new ReplayCache(maxEntries, retentionMs);
  const entries = new Map<number, ReplayEntry>();
  return {
    cache,
    start: (id: number, deadline: number, now: number) => {
      entries.set(id, cache.start(id, deadline, now));
    },
    complete: (id: number, bytes: Uint8Array | undefined) => {
      const entry = entries.get(id);
      if (!entry) throw new Error(`call ${id} was never started`);
      cache.complete(entry, bytes);
    },
  };
}

describe('ReplayCache', () => {
  it('runs a call once, ignores it while it runs, then replays its answer', () => {
    const { cache, start, complete } = tracked(100, 1000);
    expect(cache.check(1, 0)).toEqual({ action: 'run' });
    start(1, Number.POSITIVE_INFINITY, 0);
    expect(cache.check(1, 0)).toEqual({ action: 'ignore', why: 'running' });
    complete(1, answer(7));
    expect(cache.check(1, 0)).toEqual({ action: 'replay', bytes: answer(7) });
    start(2, Number.POSITIVE_INFINITY, 0);
    complete(2, undefined);
    expect(cache.check(2, 0)).toEqual({ action: 'ignore', why: 'no-answer' });
  });

  it('forgets finished calls below the watermark, keeps running ones, and calls them stale', () => {
    const { cache, start, complete } = tracked(100, 1000);
    for (let id = 1; id <= 5; id++) start(id, Number.POSITIVE_INFINITY, 0);
    for (const id of [1, 2, 4]) complete(id, answer(id));
    // Watermark 5: 1, 2 and 4 are finished at the caller; 3 still runs here.
    expect(cache.check(6, 5)).toEqual({ action: 'run' });
    expect(cache.size).toBe(2);
    expect(cache.check(3, 5)).toEqual({ action: 'ignore', why: 'running' });
    expect(cache.check(2, 5)).toEqual({ action: 'ignore', why: 'stale' });
    // Across the wrap of uint32 ids.
    const wrapped = tracked(100, 1000);
    wrapped.start(0xffffffff, Number.POSITIVE_INFINITY, 0);
    wrapped.complete(0xffffffff, answer(1));
    expect(wrapped.cache.check(2, 1)).toEqual({ action: 'run' });
    expect(wrapped.cache.size).toBe(0);
  });

  it('expires finished calls after deadline + retention, and evicts the oldest finished at the cap', () => {
    const { cache, start, complete } = tracked(3, 1000);
    start(1, 500, 0); // expires at 1500
    complete(1, answer(1));
    start(2, Number.POSITIVE_INFINITY, 100); // expires at 1100, but is still running
    start(3, Number.POSITIVE_INFINITY, 2000); // expires 1, not the running 2
    expect(cache.check(1, 0)).toEqual({ action: 'run' });
    expect(cache.check(2, 0)).toEqual({ action: 'ignore', why: 'running' });
    complete(3, answer(3));
    start(4, Number.POSITIVE_INFINITY, 2000);
    start(5, Number.POSITIVE_INFINITY, 2000); // at the cap: evicts 3 (2 runs)
    expect(cache.evictions).toBe(1);
    expect(cache.check(3, 0)).toEqual({ action: 'run' });
    expect(cache.check(2, 0)).toEqual({ action: 'ignore', why: 'running' });
    expect(cache.size).toBe(3);
  });
  it('evicts and expires finished calls past any number of older running ones', () => {
    const { cache, start, complete } = tracked(1_002, 1000);
    // 1,000 slow handlers still running, started first (the oldest entries).
    for (let id = 1; id <= 1_000; id++) start(id, Number.POSITIVE_INFINITY, 0);
    start(1_001, 100, 0); // expires at 1100
    complete(1_001, answer(1));
    start(1_002, Number.POSITIVE_INFINITY, 0); // expires at 1000
    complete(1_002, answer(2));
    // At the cap: the oldest finished one goes, never a running one.
    start(1_003, Number.POSITIVE_INFINITY, 0);
    expect(cache.evictions).toBe(1);
    expect(cache.check(1_001, 0)).toEqual({ action: 'run' });
    expect(cache.check(1_002, 0)).toEqual({ action: 'replay', bytes: answer(2) });
    complete(1_003, answer(3));
    // By 5000 both finished ones have expired; the running ones stay, whatever their expiry.
    start(1_004, Number.POSITIVE_INFINITY, 5_000);
    expect(cache.check(1_002, 0)).toEqual({ action: 'run' });
    expect(cache.check(1_003, 0)).toEqual({ action: 'run' });
    expect(cache.check(1, 0)).toEqual({ action: 'ignore', why: 'running' });
    expect(cache.size).toBe(1_001);
  });

  it('forgets by the watermark in the order calls finished, and a call finished twice counts once', () => {
    const { cache, start, complete } = tracked(100, 1000);
    for (let id = 1; id <= 6; id++) start(id, Number.POSITIVE_INFINITY, 0);
    for (const id of [5, 2, 3]) complete(id, answer(id));
    complete(3, answer(9)); // a second completion changes nothing
    expect(cache.check(3, 0)).toEqual({ action: 'replay', bytes: answer(3) });
    // Watermark 7: 5, 2 and 3 are forgotten; 1, 4 and 6 still run here.
    expect(cache.check(7, 7)).toEqual({ action: 'run' });
    expect(cache.size).toBe(3);
    for (const id of [1, 4, 6]) expect(cache.check(id, 7)).toEqual({ action: 'ignore', why: 'running' });
    complete(4, answer(4));
    complete(1, answer(1));
    expect(cache.check(8, 8)).toEqual({ action: 'run' });
    expect(cache.size).toBe(1);
  });

  it('still finds a retransmission of the newest call, and of calls that arrived out of order', () => {
    const { cache, start, complete } = tracked(100, 1000);
    // Request 5 arrived before 4 (datagrams reorder): the newest started stays 5.
    start(5, Number.POSITIVE_INFINITY, 0);
    start(4, Number.POSITIVE_INFINITY, 0);
    expect(cache.check(5, 0)).toEqual({ action: 'ignore', why: 'running' });
    complete(4, answer(4));
    complete(5, answer(5));
    expect(cache.check(5, 0)).toEqual({ action: 'replay', bytes: answer(5) });
    expect(cache.check(4, 0)).toEqual({ action: 'replay', bytes: answer(4) });
    expect(cache.check(6, 0)).toEqual({ action: 'run' });
    // Across the wrap: the id after 0xffffffff is 1.
    start(0xffffffff, Number.POSITIVE_INFINITY, 0);
    start(1, Number.POSITIVE_INFINITY, 0);
    expect(cache.check(1, 0)).toEqual({ action: 'ignore', why: 'running' });
    expect(cache.check(2, 0)).toEqual({ action: 'run' });
  });

  it('completes nothing for a handler that finishes after clear()', () => {
    const { cache, start, complete } = tracked(1, 1000);
    start(1, Number.POSITIVE_INFINITY, 0);
    cache.clear();
    complete(1, answer(1));
    expect(cache.size).toBe(0);
    // Had it been linked, it would stand first in the order list: at the cap of 1, the eviction
    // would miss 2, and 2 would be replayed.
    start(2, Number.POSITIVE_INFINITY, 0);
    complete(2, answer(2));
    start(3, Number.POSITIVE_INFINITY, 0);
    expect(cache.evictions).toBe(1);
    expect(cache.check(2, 0)).toEqual({ action: 'run' });
    expect(cache.size).toBe(1);
  });

  it('answers every check as a plain model of its rules does (fast-check)', () => {
    // Requests near a moving id (retransmissions, reordering, duplicates), the caller's watermark
    // moving on now and then, handlers finishing in any order, time passing: the cache's verdicts,
    // size and evictions equal those of a model that looks every id up in a Map.
    const op = fc.oneof(
      fc.record({
        op: fc.constant('request' as const),
        back: fc.integer({ min: -1, max: 4 }),
        ack: fc.nat(3),
      }),
      fc.record({ op: fc.constant('finish' as const), pick: fc.nat(), answered: fc.boolean() }),
      fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 700 }) }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0xfffffff0, max: 0xffffffff }),
        fc.array(op, { maxLength: 120 }),
        (first, ops) => {
          const maxEntries = 6;
          const retentionMs = 1000;
          const cache = new ReplayCache(maxEntries, retentionMs);
          const model = new ReplayModel(maxEntries, retentionMs);
          const running: { id: number; entry: ReplayEntry }[] = [];
          let newest = first;
          let now = 0;
          for (const step of ops) {
            if (step.op === 'wait') {
              now += step.ms;
            } else if (step.op === 'finish') {
              const call = running.splice(step.pick % Math.max(running.length, 1), 1)[0];
              if (!call) continue;
              const bytes = step.answered ? answer(call.id & 0xff) : undefined;
              cache.complete(call.entry, bytes);
              model.complete(call.id, bytes);
            } else {
              // back -1: the next id; 0: the newest again; more: older ones.
              const id = step.back < 0 ? nextCallId(newest) : back(newest, step.back);
              const ackBelow = step.ack === 0 ? 0 : back(newest, step.ack + 2);
              const verdict = cache.check(id, ackBelow);
              expect(verdict).toEqual(model.check(id, ackBelow));
              if (verdict.action === 'run') {
                const deadline = now + 500;
                running.push({ id, entry: cache.start(id, deadline, now) });
                model.start(id, deadline, now);
                if (callIdBefore(newest, id)) newest = id;
              }
            }
            expect(cache.size).toBe(model.size);
            expect(cache.evictions).toBe(model.evictions);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The id `steps` before `id`, skipping 0 as nextCallId does. */
const back = (id: number, steps: number) => {
  let out = id;
  for (let i = 0; i < steps; i++) out = (out - 1) >>> 0 || 0xffffffff;
  return out;
};

/** The replay rules stated plainly: a Map by id, and the finished calls in the order they finished. */
class ReplayModel {
  readonly #byId = new Map<number, { running: boolean; bytes?: Uint8Array; expiresAt: number }>();
  #finished: number[] = [];
  #ackBelow: number | undefined;
  evictions = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly retentionMs: number,
  ) {}

  get size(): number {
    return this.#byId.size;
  }

  check(id: number, ackBelow: number): ReplayVerdict {
    if (ackBelow !== 0 && (this.#ackBelow === undefined || callIdBefore(this.#ackBelow, ackBelow))) {
      this.#ackBelow = ackBelow;
      this.#forgetWhile((finished) => callIdBefore(finished, ackBelow));
    }
    const entry = this.#byId.get(id);
    if (entry?.running) return { action: 'ignore', why: 'running' };
    if (entry?.bytes) return { action: 'replay', bytes: entry.bytes };
    if (entry) return { action: 'ignore', why: 'no-answer' };
    if (this.#ackBelow !== undefined && callIdBefore(id, this.#ackBelow))
      return { action: 'ignore', why: 'stale' };
    return { action: 'run' };
  }

  start(id: number, deadline: number, now: number): void {
    this.#forgetWhile((finished) => (this.#byId.get(finished)?.expiresAt ?? 0) <= now);
    if (this.#byId.size >= this.maxEntries && this.#finished.length > 0) {
      this.#byId.delete(this.#finished.shift() as number);
      this.evictions++;
    }
    this.#byId.set(id, { running: true, expiresAt: Math.max(deadline, now) + this.retentionMs });
  }

  complete(id: number, bytes: Uint8Array | undefined): void {
    const entry = this.#byId.get(id);
    if (!entry?.running) return;
    entry.running = false;
    if (bytes) entry.bytes = bytes;
    this.#finished.push(id);
  }

  #forgetWhile(test: (finished: number) => boolean): void {
    while (this.#finished.length > 0 && test(this.#finished[0] as number)) {
      this.#byId.delete(this.#finished.shift() as number);
    }
  }
}
