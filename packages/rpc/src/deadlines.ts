// Timed entries of one peer with ONE timer instead of one per entry: the retransmissions of a
// datagram peer's calls that went unanswered once (each on its own backoff). Entries are kept in a
// list per timeout value: entries with the same timeout expire in the order they were added, so
// each list is sorted by construction and the earliest expiry is always at a list's head. Adding
// and removing are O(1) pointer updates (no Timeout object, no timer list work per entry), and the
// single timer is re-armed only when the earliest expiry moves earlier. The timer never holds the
// process open: a pending call lives on a connection, whose socket does. Emptied lists are kept for
// the next entry with that timeout (a few distinct timeouts is the usual case), and dropped when
// many distinct ones pile up. (Call deadlines, where nearly every entry would be removed again,
// use the cheaper sweep in deadline-sweep.ts.)

import { EARLY_FIRE_MS, EarliestTimer } from './earliest-timer.js';

export interface DeadlineEntry {
  /** performance.now() milliseconds at which the entry expires. */
  expiresAt: number;
  prev: DeadlineEntry | undefined;
  next: DeadlineEntry | undefined;
  list: DeadlineList | undefined;
}

interface DeadlineList {
  head: DeadlineEntry | undefined;
  tail: DeadlineEntry | undefined;
  readonly timeoutMs: number;
}

/** Distinct timeout values whose emptied lists are kept before they are swept. */
const MAX_IDLE_LISTS = 32;

export class DeadlineQueue<E extends DeadlineEntry> {
  readonly #lists = new Map<number, DeadlineList>();
  readonly #timer = new EarliestTimer(() => this.#fire());
  #size = 0;

  constructor(private readonly onExpire: (entry: E) => void) {}

  get size(): number {
    return this.#size;
  }

  /** Lists held, emptied ones included (for tests of the bound). */
  get listCount(): number {
    return this.#lists.size;
  }

  /** `now`: performance.now(), when the caller already read it (a clock read costs about 50 ns). */
  add(entry: E, timeoutMs: number, now: number = performance.now()): void {
    entry.expiresAt = now + timeoutMs;
    let list = this.#lists.get(timeoutMs);
    if (!list) {
      if (this.#lists.size >= MAX_IDLE_LISTS) this.#dropEmptyLists();
      list = { head: undefined, tail: undefined, timeoutMs };
      this.#lists.set(timeoutMs, list);
    }
    entry.list = list;
    entry.next = undefined;
    entry.prev = list.tail;
    if (list.tail) list.tail.next = entry;
    else list.head = entry;
    list.tail = entry;
    this.#size++;
    this.#timer.armBy(entry.expiresAt, now);
  }

  remove(entry: E): void {
    const list = entry.list;
    if (!list) return;
    if (entry.prev) entry.prev.next = entry.next;
    else list.head = entry.next;
    if (entry.next) entry.next.prev = entry.prev;
    else list.tail = entry.prev;
    entry.prev = entry.next = entry.list = undefined;
    this.#size--;
    // Nothing left to watch: the timer stays armed anyway (a later call with the same timeout
    // expires after it, so sequential calls do not re-arm it each time).
  }

  #dropEmptyLists(): void {
    for (const [timeoutMs, list] of this.#lists) if (!list.head) this.#lists.delete(timeoutMs);
  }

  clear(): void {
    for (const list of this.#lists.values()) {
      let entry = list.head;
      while (entry) {
        const next = entry.next;
        entry.prev = entry.next = entry.list = undefined;
        entry = next;
      }
    }
    this.#lists.clear();
    this.#size = 0;
    this.#timer.disarm();
  }

  #fire(): void {
    const now = performance.now();
    const expired: E[] = [];
    for (const list of this.#lists.values()) {
      while (list.head && list.head.expiresAt <= now + EARLY_FIRE_MS) {
        const entry = list.head as E;
        this.remove(entry);
        expired.push(entry);
      }
    }
    for (const entry of expired) this.onExpire(entry);
    let earliest = Number.POSITIVE_INFINITY;
    for (const list of this.#lists.values()) {
      if (list.head && list.head.expiresAt < earliest) earliest = list.head.expiresAt;
    }
    if (earliest !== Number.POSITIVE_INFINITY) this.#timer.armBy(earliest, performance.now());
  }
}
