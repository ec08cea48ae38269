// Exactly-once calls over datagram links: the callee remembers, per call id, whether the handler is
// running or what it answered, so a retransmitted request replays the answer instead of running the
// handler again. Memory stays bounded three ways: the caller's `ack_below` watermark (ids before it
// are finished at the caller and are forgotten), an expiry no earlier than the call's deadline (the
// caller stops retransmitting then), and a hard cap on entries (the oldest are evicted, counted).

import { callIdBefore } from './call-id.js';
import { type CallEntry, CallTable } from './call-table.js';

class Entry implements CallEntry {
  nextInBucket: Entry | undefined = undefined;
  older: Entry | undefined = undefined;
  newer: Entry | undefined = undefined;
  /** The encoded RESPONSE or ERROR envelope; undefined while running or when nothing is to be sent. */
  bytes: Uint8Array | undefined = undefined;
  running = true;

  constructor(
    readonly callId: number,
    readonly expiresAt: number,
  ) {}
}

export type ReplayVerdict =
  | { readonly action: 'run' }
  | { readonly action: 'ignore'; readonly why: 'running' | 'stale' | 'no-answer' }
  | { readonly action: 'replay'; readonly bytes: Uint8Array };

const RUN: ReplayVerdict = { action: 'run' };

const isBelowWatermark = (entry: Entry, ackBelow: number): boolean => callIdBefore(entry.callId, ackBelow);
const isExpired = (entry: Entry, now: number): boolean => entry.expiresAt <= now;

/**
 * Entries by call id; the order list holds the finished ones only, in the order they finished, so
 * that forgetting never walks past running calls: with many slow handlers running, a walk that
 * skipped them cost each call as many steps as there were handlers running (see CallTable for why
 * not a Map: a Map iterated from its front while its front is deleted also walks every deleted
 * slot, once per call).
 */
export class ReplayCache {
  readonly #entries = new CallTable<Entry>();
  #ackBelow: number | undefined;
  evictions = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly retentionMs: number,
  ) {}

  get size(): number {
    return this.#entries.size;
  }

  /** Decides what to do with request `id`; on `run` the caller must `start` it. */
  check(id: number, ackBelow: number): ReplayVerdict {
    this.#acknowledge(ackBelow);
    const entry = this.#entries.get(id);
    if (entry) {
      if (entry.running) return { action: 'ignore', why: 'running' };
      if (entry.bytes) return { action: 'replay', bytes: entry.bytes };
      return { action: 'ignore', why: 'no-answer' };
    }
    if (this.#ackBelow !== undefined && callIdBefore(id, this.#ackBelow))
      return { action: 'ignore', why: 'stale' };
    return RUN;
  }

  start(id: number, deadline: number, now: number): void {
    this.#expire(now);
    // Running entries are never evicted (their number is bounded by the inbound concurrency cap):
    // forgetting one would let a retransmission run the handler a second time. The oldest finished
    // one goes.
    const oldest = this.#entries.oldest;
    if (this.#entries.size >= this.maxEntries && oldest) {
      this.#entries.delete(oldest);
      this.evictions++;
    }
    const expiresAt = (Number.isFinite(deadline) ? Math.max(deadline, now) : now) + this.retentionMs;
    // Linked into the order list when it finishes.
    this.#entries.add(new Entry(id, expiresAt), false);
  }

  /** The handler of `id` finished; `bytes` is what was sent (undefined: nothing, e.g. cancelled). */
  complete(id: number, bytes: Uint8Array | undefined): void {
    const entry = this.#entries.get(id);
    if (!entry?.running) return;
    entry.running = false;
    entry.bytes = bytes;
    this.#entries.link(entry);
  }

  clear(): void {
    this.#entries.clear();
  }

  #acknowledge(ackBelow: number): void {
    if (ackBelow === 0) return;
    if (this.#ackBelow !== undefined && !callIdBefore(this.#ackBelow, ackBelow)) return;
    this.#ackBelow = ackBelow;
    this.#forgetFinishedWhile(isBelowWatermark, ackBelow);
  }

  #expire(now: number): void {
    this.#forgetFinishedWhile(isExpired, now);
  }

  /**
   * Forgets finished entries in the order they finished while `test(entry, limit)` holds. (A test
   * and its limit rather than a closure: this runs once per call.)
   */
  #forgetFinishedWhile(test: (entry: Entry, limit: number) => boolean, limit: number): void {
    let entry = this.#entries.oldest;
    while (entry && test(entry, limit)) {
      const next = entry.newer;
      this.#entries.delete(entry);
      entry = next;
    }
  }
}
