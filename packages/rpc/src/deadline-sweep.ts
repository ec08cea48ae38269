// Deadlines of a peer's outbound calls with nothing per call but two numbers on the call: one timer,
// armed for the earliest deadline, sweeps the calls still pending when it fires. A call answered
// in time (nearly all) is never linked into a queue nor unlinked from it: in a pipelined caller
// that linking, into lists that live in the old generation, cost 7-12 % of the CPU per call
// (measured by switching deadlines off). The timer moves only when a call's deadline comes
// before the one it is armed for, so callers with one timeout re-arm it once per span.
//
// Cost bound: a sweep visits every pending call, and the next one is armed no sooner than 1/64 of
// the shortest pending call's timeout later. So sweeps stay at most 64 per timeout span however the
// deadlines fall: calls expiring one after the other (a peer that stopped answering), or answered
// just before their deadline (a long poll that answers at ctx.deadline), where the earliest
// deadline moves on a little at every sweep. A call fails at most 1/64 of its own timeout after
// its deadline, and on time when the timer was armed for it.

import { EARLY_FIRE_MS, EarliestTimer } from './earliest-timer.js';

export interface SweptCall {
  /** performance.now() when the call was made. */
  startedAt: number;
  /** performance.now() milliseconds at which the call expires. */
  expiresAt: number;
}

/** Sweeps per timeout span, at most: the next sweep waits at least the shortest pending timeout ÷ this. */
const SWEEPS_PER_SPAN = 64;

export class DeadlineSweep<C extends SweptCall> {
  readonly #timer = new EarliestTimer(() => this.#sweep());

  /**
   * `pending`: the calls still pending, read at each sweep (a copy: `onExpire` settles them).
   * `onExpire`: called for every call whose deadline has passed, in the order `pending` gives.
   */
  constructor(
    private readonly pending: () => readonly C[],
    private readonly onExpire: (call: C) => void,
  ) {}

  /** A new pending call, whose `startedAt` and `expiresAt` are set; `now`: performance.now(). */
  watch(call: C, now: number): void {
    this.#timer.armBy(call.expiresAt, now);
  }

  /** Stops the timer (the peer is closing; its calls are failed by the caller). */
  clear(): void {
    this.#timer.disarm();
  }

  #sweep(): void {
    const now = performance.now();
    const expired: C[] = [];
    let earliest = Number.POSITIVE_INFINITY;
    let shortestSpan = Number.POSITIVE_INFINITY;
    for (const call of this.pending()) {
      if (call.expiresAt <= now + EARLY_FIRE_MS) {
        expired.push(call);
        continue;
      }
      if (call.expiresAt < earliest) earliest = call.expiresAt;
      const span = call.expiresAt - call.startedAt;
      if (span < shortestSpan) shortestSpan = span;
    }
    for (const call of expired) this.onExpire(call);
    if (earliest === Number.POSITIVE_INFINITY) return;
    this.#timer.armBy(Math.max(earliest, now + shortestSpan / SWEEPS_PER_SPAN), now);
  }
}
