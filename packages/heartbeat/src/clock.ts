// Time as the heartbeat sees it: a monotonic clock and a scheduler, both injectable so the timing
// logic runs on fake time in tests and on the event loop in production.

/** A monotonic clock in milliseconds. Only differences between readings matter. */
export interface Clock {
  now(): number;
}

/**
 * The three timer operations the heartbeat needs. Handles are opaque. `setImmediate` must run its
 * callback after the pending I/O has been read (Node's check phase), which is what lets a checker
 * read the frames that arrived during a stall before it gives any verdict.
 */
export interface Scheduler {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  setImmediate(fn: () => void): unknown;
}

/** `performance.now()`: monotonic, unaffected by wall-clock changes. */
export const systemClock: Clock = {
  now: () => performance.now(),
};

/**
 * Node's timers, unref'd: a heartbeat never keeps a process alive by itself (the sockets it watches
 * do that).
 */
export const systemScheduler: Scheduler = {
  setInterval(fn, ms) {
    const timer = setInterval(fn, ms);
    timer.unref();
    return timer;
  },
  clearInterval(handle) {
    clearInterval(handle as ReturnType<typeof setInterval>);
  },
  setImmediate(fn) {
    const immediate = setImmediate(fn);
    immediate.unref();
    return immediate;
  },
};
