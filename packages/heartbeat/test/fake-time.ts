// A fake clock and scheduler that model the order of one Node event-loop iteration: due timers,
// then the I/O poll phase, then setImmediate callbacks. Frames of the in-memory connections arrive
// on microtasks, which are flushed between phases.

import type { Clock, Scheduler } from '@heartwire/heartbeat';

interface FakeInterval {
  readonly fn: () => void;
  readonly ms: number;
  due: number;
}

/** Lets every queued microtask (and promise chain) run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class FakeTime implements Clock, Scheduler {
  #now = 10_000;
  #nextId = 1;
  readonly #intervals = new Map<number, FakeInterval>();
  #immediates: (() => void)[] = [];
  #poll: (() => void)[] = [];

  now(): number {
    return this.#now;
  }

  setInterval(fn: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.#intervals.set(id, { fn, ms, due: this.#now + ms });
    return id;
  }

  clearInterval(handle: unknown): void {
    this.#intervals.delete(handle as number);
  }

  setImmediate(fn: () => void): unknown {
    this.#immediates.push(fn);
    return undefined;
  }

  /** Intervals currently scheduled. */
  get intervals(): number {
    return this.#intervals.size;
  }

  /** Periods of the scheduled intervals, in ms. */
  get periods(): number[] {
    return [...this.#intervals.values()].map((t) => t.ms);
  }

  /** Runs every timer due within the next `ms` milliseconds, in order, one loop iteration each. */
  async advance(ms: number): Promise<void> {
    const end = this.#now + ms;
    await flush();
    for (;;) {
      let next = Number.POSITIVE_INFINITY;
      for (const t of this.#intervals.values()) next = Math.min(next, t.due);
      if (next > end) break;
      this.#now = next;
      await this.#iteration();
    }
    this.#now = end;
    await flush();
  }

  /** Advances to absolute fake time `at`. */
  async advanceTo(at: number): Promise<void> {
    await this.advance(at - this.#now);
  }

  /**
   * The process is blocked for `ms`: no timer runs meanwhile. `ioDuringStall` models bytes that
   * arrived during the stall: they are read in the poll phase of the first iteration after it,
   * after the late timers ran and before the setImmediate callbacks.
   */
  async stall(ms: number, ioDuringStall?: () => void): Promise<void> {
    this.#now += ms;
    if (ioDuringStall) this.#poll.push(ioDuringStall);
    await this.#iteration();
  }

  async #iteration(): Promise<void> {
    const due = [...this.#intervals.entries()]
      .filter(([, t]) => t.due <= this.#now)
      .sort((a, b) => a[1].due - b[1].due || a[0] - b[0]);
    for (const [id, t] of due) {
      if (this.#intervals.get(id) !== t) continue;
      // Like Node, a late interval fires once and is rescheduled from now.
      t.due = this.#now + t.ms;
      t.fn();
    }
    await flush();
    const poll = this.#poll;
    this.#poll = [];
    for (const fn of poll) fn();
    await flush();
    const immediates = this.#immediates;
    this.#immediates = [];
    for (const fn of immediates) fn();
    await flush();
  }
}
