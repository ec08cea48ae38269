// Exactly-once calls over datagram links: the callee remembers, per call id, whether the handler is
// running or what it answered, so a retransmitted request replays the answer instead of running the
// handler again. Memory stays bounded three ways: the caller's `ack_below` watermark (ids before it
// are finished at the caller and are forgotten), an expiry no earlier than the call's deadline (the
// caller stops retransmitting then), and a hard cap on entries (the oldest are evicted, counted).

import { callIdBefore, nextCallId } from './call-id.js';
import { type CallEntry, CallTable } from './call-table.js';

/** A call the cache knows: `start` returns it, and the callee hands it back to `complete`. */
export class ReplayEntry implements CallEntry {
  nextInBucket: ReplayEntry | undefined = undefined;
  older: ReplayEntry | undefined = undefined;
  newer: ReplayEntry | undefined = undefined;
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

/**
 * Entries by call id; the order list holds the finished ones only, in the order they finished, so
 * that forgetting never walks past running calls: with many slow handlers running, a walk that
 * skipped them cost each call as many steps as there were handlers running (see CallTable for why
 * not a Map: a Map iterated from its front while its front is deleted also walks every deleted
 * slot, once per call).
 */
export class ReplayCache {
  readonly #entries = new CallTable<ReplayEntry>();
  #ackBelow: number | undefined;
  /**
   * The id after the newest one started (serial order), 0 before the first: a request with this id
   * has not been started, so `check` skips the table for it. A caller numbers its calls one after
   * the other, so nearly every request is that one; only a retransmission or a reordered datagram
   * is looked up. (Only ids that jump by half the id space while older entries live could make
   * "newest" wrap round onto an entry still here; a caller that sends such ids asks for its own call
   * to run twice, which it could do by sending a new id anyway.)
   */
  #next = 0;
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
    const entry = id === this.#next ? undefined : this.#entries.get(id);
    if (entry) {
      if (entry.running) return { action: 'ignore', why: 'running' };
      if (entry.bytes) return { action: 'replay', bytes: entry.bytes };
      return { action: 'ignore', why: 'no-answer' };
    }
    if (this.#ackBelow !== undefined && callIdBefore(id, this.#ackBelow))
      return { action: 'ignore', why: 'stale' };
    return RUN;
  }

  start(id: number, deadline: number, now: number): ReplayEntry {
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
    const entry = new ReplayEntry(id, expiresAt);
    // Linked into the order list when it finishes.
    this.#entries.add(entry, false);
    if (this.#next === 0 || !callIdBefore(id, this.#next)) this.#next = nextCallId(id);
    return entry;
  }

  /**
   * The handler of `entry` (from `start`) finished; `bytes` is what was sent (undefined: nothing,
   * e.g. cancelled). The entry rather than its id: no second lookup per call.
   */
  complete(entry: ReplayEntry, bytes: Uint8Array | undefined): void {
    // Not running: completed already, or dropped by clear().
    if (!entry.running) return;
    entry.running = false;
    entry.bytes = bytes;
    this.#entries.link(entry);
  }

  clear(): void {
    this.#entries.clear(markDropped);
    this.#next = 0;
  }

  // The two ways of forgetting finished entries, in the order they finished, are two loops rather
  // than one loop with a test passed in: both run on every request, and a shared loop called with
  // two different tests could not have either inlined.

  /** Forgets finished entries below the caller's watermark (`ackBelow`: its oldest pending call). */
  #acknowledge(ackBelow: number): void {
    if (ackBelow === 0) return;
    if (this.#ackBelow !== undefined && !callIdBefore(this.#ackBelow, ackBelow)) return;
    this.#ackBelow = ackBelow;
    let entry = this.#entries.oldest;
    while (entry && callIdBefore(entry.callId, ackBelow)) {
      const next = entry.newer;
      this.#entries.delete(entry);
      entry = next;
    }
  }

  /** Forgets finished entries whose retention has run out by `now`. */
  #expire(now: number): void {
    let entry = this.#entries.oldest;
    while (entry && entry.expiresAt <= now) {
      const next = entry.newer;
      this.#entries.delete(entry);
      entry = next;
    }
  }
}

/** What clear() does to each entry it drops: a handler that finishes later completes nothing. */
function markDropped(entry: ReplayEntry): void {
  entry.running = false;
}
