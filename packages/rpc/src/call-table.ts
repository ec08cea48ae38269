// Calls of one peer by call id: the outbound calls waiting for an answer, and the inbound calls
// whose handler is still running. Not a Map or a Set, on purpose: a Map with a steady churn (one
// insert and one delete per call) compacts its table every few hundred
// calls, and V8 keeps each replaced table alive pointing at its successor and at the calls it
// held. Once such a table has reached the old generation, every later table and every call in it
// survives the young-generation collections until the next full one (measured: 98 % of the
// client's young objects promoted at 256 calls in flight, GC about 45 % of its CPU). Here a call is
// reachable only from the bucket and the order list it is linked into, and both links are cleared
// when it leaves, so a finished call is garbage at once.
//
// The order list is kept only by tables that need their oldest entry (a datagram peer's pending
// calls, for its ack watermark; the replay cache): every link written into a long-lived table for a
// young call goes through V8's write barrier, and a stream peer's calls leave by id, never by age.

import { callIdBefore } from './call-id.js';

export interface CallEntry {
  readonly callId: number;
  /** The next entry in the same bucket. */
  nextInBucket: CallEntry | undefined;
  /** Neighbours in the order the calls were made (ids increase, but wrap around). */
  older: CallEntry | undefined;
  newer: CallEntry | undefined;
}

const INITIAL_BUCKETS = 64;

export class CallTable<E extends CallEntry> {
  #buckets: (E | undefined)[] = new Array<E | undefined>(INITIAL_BUCKETS).fill(undefined);
  #mask = INITIAL_BUCKETS - 1;
  #size = 0;
  #oldest: E | undefined;
  #newest: E | undefined;
  readonly #ordered: boolean;

  /** `ordered`: keep the order list (`oldest`, and `values()` in insertion order). */
  constructor(ordered = true) {
    this.#ordered = ordered;
  }

  get size(): number {
    return this.#size;
  }

  /** The entry added longest ago of those still here (ordered tables; undefined otherwise). */
  get oldest(): E | undefined {
    return this.#oldest;
  }

  get(id: number): E | undefined {
    let entry = this.#buckets[id & this.#mask];
    while (entry && entry.callId !== id) entry = entry.nextInBucket as E | undefined;
    return entry;
  }

  /**
   * Adds an entry; with an id already present, get() finds the newer one until it leaves. `linked`
   * false (ordered tables): not in the order list until `link()`.
   */
  add(entry: E, linked = true): void {
    if (this.#size >= this.#buckets.length) this.#grow();
    const index = entry.callId & this.#mask;
    entry.nextInBucket = this.#buckets[index];
    this.#buckets[index] = entry;
    this.#size++;
    if (this.#ordered && linked) this.link(entry);
  }

  /** Appends an entry added unlinked to the order list, as the newest. */
  link(entry: E): void {
    entry.older = this.#newest;
    entry.newer = undefined;
    if (this.#newest) this.#newest.newer = entry;
    else this.#oldest = entry;
    this.#newest = entry;
  }

  /** Removes `entry` if it is here; returns whether it was. */
  delete(entry: E): boolean {
    const index = entry.callId & this.#mask;
    let previous: E | undefined;
    let current = this.#buckets[index];
    while (current && current !== entry) {
      previous = current;
      current = current.nextInBucket as E | undefined;
    }
    if (!current) return false;
    if (previous) previous.nextInBucket = entry.nextInBucket;
    else this.#buckets[index] = entry.nextInBucket as E | undefined;
    entry.nextInBucket = undefined;
    this.#size--;
    // Not in the order list: an unordered table, or an entry added unlinked and never linked.
    if (!this.#ordered || (entry.older === undefined && this.#oldest !== entry)) return true;
    if (entry.older) entry.older.newer = entry.newer;
    else this.#oldest = entry.newer as E | undefined;
    if (entry.newer) entry.newer.older = entry.older;
    else this.#newest = entry.older as E | undefined;
    entry.older = entry.newer = undefined;
    return true;
  }

  /**
   * Every entry (a copy: the caller may delete while it iterates): oldest first in an ordered
   * table (linked entries only); by call id in serial-number order otherwise, which is the order
   * they were made in for ids a peer issues itself.
   */
  values(): E[] {
    const out: E[] = [];
    if (this.#ordered) {
      for (let entry = this.#oldest; entry; entry = entry.newer as E | undefined) out.push(entry);
      return out;
    }
    for (const head of this.#buckets) {
      for (let entry = head; entry; entry = entry.nextInBucket as E | undefined) out.push(entry);
    }
    return out.sort(bySerialId);
  }

  /** Removes every entry; `onEntry`, when given, is called for each (linked or not). */
  clear(onEntry?: (entry: E) => void): void {
    for (const head of this.#buckets) {
      let entry = head;
      while (entry) {
        const next = entry.nextInBucket as E | undefined;
        entry.nextInBucket = entry.older = entry.newer = undefined;
        onEntry?.(entry);
        entry = next;
      }
    }
    this.#buckets.fill(undefined);
    this.#oldest = this.#newest = undefined;
    this.#size = 0;
  }

  /** Twice the buckets, so that chains stay about one entry long. */
  #grow(): void {
    // The old array may be in the old generation: emptied, it points at no call (see above).
    const old = this.#buckets;
    const buckets = new Array<E | undefined>(old.length * 2).fill(undefined);
    const mask = buckets.length - 1;
    const chain: E[] = [];
    for (const head of old) {
      for (let entry = head; entry; entry = entry.nextInBucket as E | undefined) chain.push(entry);
      // Back to front, each pushed on its new chain's front: entries with the same id keep their
      // order (the newer one first, found by get()).
      for (let i = chain.length - 1; i >= 0; i--) {
        const entry = chain[i]!;
        const index = entry.callId & mask;
        entry.nextInBucket = buckets[index];
        buckets[index] = entry;
      }
      chain.length = 0;
    }
    old.fill(undefined);
    this.#buckets = buckets;
    this.#mask = mask;
  }
}

function bySerialId(a: CallEntry, b: CallEntry): number {
  return a.callId === b.callId ? 0 : callIdBefore(a.callId, b.callId) ? -1 : 1;
}
