// The one timer behind each of a peer's time-based queues (call deadlines, first resends, resend
// backoff): armed for the earliest due time it has been given, moved only when an earlier one
// comes, so that a caller whose calls all share one timeout re-arms it once per span, not per call.
// Never holds the process open: what it times lives on a connection, whose socket does.

/**
 * Timers may fire a little early by the clock we read (performance.now() against the timer's whole
 * milliseconds): what is due within this many ms of a firing is due at it.
 */
export const EARLY_FIRE_MS = 1;

export class EarliestTimer {
  #timer: NodeJS.Timeout | undefined;
  /** performance.now() time the timer is armed for; +Infinity when it is not armed. */
  #armedAt = Number.POSITIVE_INFINITY;

  /** `onFire` runs when the timer fires, disarmed (it re-arms through `armBy` if it needs to). */
  constructor(private readonly onFire: () => void) {}

  /** Makes the timer fire by `at` (performance.now() ms): arms it unless it fires earlier already. */
  armBy(at: number, now: number): void {
    if (at >= this.#armedAt) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#armedAt = at;
    this.#timer = setTimeout(this.#fire, Math.max(0, Math.ceil(at - now))).unref();
  }

  disarm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedAt = Number.POSITIVE_INFINITY;
  }

  readonly #fire = (): void => {
    this.#timer = undefined;
    this.#armedAt = Number.POSITIVE_INFINITY;
    this.onFire();
  };
}
