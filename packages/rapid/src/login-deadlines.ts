// The login gate's clock: a connection that has not logged in within `loginTimeoutMs` of arriving
// is handed to `onExpired`. Every connection has the same timeout, so deadlines fall due in arrival
// order: one Map in insertion order and one timer for its oldest entry replace a timer and a
// closure per connection (DESIGN §4: no timer per connection), which a server holding many
// connections that have not logged in yet would otherwise pay for each of them.

/** Milliseconds of a monotonic clock (not moved by changes of the wall clock). */
export type Now = () => number;

export class LoginDeadlines<K> {
  readonly #due = new Map<K, number>();
  readonly #timeoutMs: number;
  readonly #onExpired: (key: K) => void;
  readonly #now: Now;
  #timer: NodeJS.Timeout | undefined;

  constructor(timeoutMs: number, onExpired: (key: K) => void, now: Now = () => performance.now()) {
    this.#timeoutMs = timeoutMs;
    this.#onExpired = onExpired;
    this.#now = now;
  }

  /** Keys still waiting. */
  get size(): number {
    return this.#due.size;
  }

  has(key: K): boolean {
    return this.#due.has(key);
  }

  /** Starts `key`'s wait now (again from now, and last in line, if it was already waiting). */
  add(key: K): void {
    const at = this.#now() + this.#timeoutMs;
    this.#due.delete(key);
    this.#due.set(key, at);
    if (!this.#timer) this.#arm(at);
  }

  /** `key` logged in or left: it no longer expires. */
  delete(key: K): void {
    if (!this.#due.delete(key)) return;
    if (this.#due.size === 0) this.#disarm();
  }

  /** Forgets every key without expiring any. */
  clear(): void {
    this.#due.clear();
    this.#disarm();
  }

  #arm(at: number): void {
    this.#disarm();
    this.#timer = setTimeout(this.#fire, Math.max(1, Math.ceil(at - this.#now())));
  }

  #disarm(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  /**
   * Expires everything due, oldest first, and waits for the next. Keys added or deleted by
   * `onExpired` are seen by this same pass: a Map's iterator visits entries added during it and
   * skips entries deleted.
   */
  readonly #fire = (): void => {
    this.#timer = undefined;
    const now = this.#now();
    for (const [key, at] of this.#due) {
      if (at > now) {
        this.#arm(at);
        return;
      }
      this.#due.delete(key);
      this.#onExpired(key);
    }
  };
}
