// The detecting side of the heartbeat: one checker watches any number of connections and reports
// each one from which nothing has arrived for `timeoutSpanInSecs`. Liveness is sampled, not pushed:
// one shared interval compares each connection's byte counters with what it saw the tick before,
// so the transport's cost per inbound chunk is an integer add and nothing here runs per frame.
//
// Stall tolerance: a tick only schedules the verdict with setImmediate, so what arrived while the
// process was stalled is read (poll phase) before anyone is judged; and the checker keeps its own
// "charged" time, which advances by the real time between sweeps but by at most a few ticks, so
// the length of a local stall (a long synchronous task, GC, a suspended machine) is never charged
// to the peers. Time during which our own outbound bytes were still moving towards the peer is not
// charged either (its answer may be queued behind them); once they stop moving, it is.
//
// The checker also keeps the peer's own checker supplied: on a connection where we have sent
// nothing for a while (a client uploading, whose PINGs wait behind its own data), it sends a PING.
// Idle connections never need one: their PONGs already go out every N.

import { EventEmitter } from 'node:events';
import {
  type Connection,
  DisconnectReason,
  ErrorCodes,
  encodePing,
  FrameKind,
  HeartwireError,
} from '@heartwire/protocol';
import createDebug from 'debug';
import { releasePingAnswer, retainPingAnswer } from './answer-pings.js';
import { type Clock, type Scheduler, systemClock, systemScheduler } from './clock.js';
import { validateIdlePingSecs, validateTickMs, validateTimeoutSpan } from './validate.js';

const debug = createDebug('heartwire:heartbeat');

/** Default tick: at most this long, and at least 12 ticks per timeout span. */
export const DEFAULT_MAX_TICK_MS = 250;
const MIN_TICKS_PER_SPAN = 12;
/** The most charged time one sweep may add, in ticks: the rest of a longer gap is a local stall. */
export const MAX_CHARGED_TICKS_PER_SWEEP = 4;

export interface TimedOutInfo {
  /**
   * How long nothing arrived from the peer, in ms of charged time: local stalls and time our own
   * outbound was draining towards the peer are not counted. At least `timeoutSpanInSecs × 1000`.
   */
  readonly silentMs: number;
  /** The timeout span in force at the verdict. */
  readonly timeoutSpanInSecs: number;
  /** The connection's inbound byte counter at the verdict. */
  readonly bytesReceived: number;
  /** Our bytes accepted by send() but not yet handed to the operating system. */
  readonly queuedOutboundBytes: number;
}

export interface HeartBeatCheckerOptions {
  /** M: a connection from which no byte has arrived for this long is timed out. */
  readonly timeoutSpanInSecs: number;
  /**
   * Sampling period in ms. Default: the largest value ≤ 250 that divides M into at least 12 equal
   * ticks (250 ms for M = 3 s or 30 s, 125 ms for M = 1.5 s). Detection happens within M + one tick.
   */
  readonly tickMs?: number;
  /** Close timed-out connections with reason `heartbeat-timeout` (CLOSE frame first). Default false. */
  readonly closeOnTimeout?: boolean;
  /**
   * Send a PING on a watched connection on which we have sent nothing for this long, so that the
   * peer's own checker hears from us even while its PINGs are stuck behind its own large upload.
   * Must be below M. Default M / 2 (an idle connection answering PINGs every N < M / 2 never needs
   * one); `false` turns it off.
   */
  readonly idlePingSecs?: number | false;
  readonly clock?: Clock;
  readonly scheduler?: Scheduler;
}

export interface HeartBeatCheckerEvents {
  /** Nothing arrived from `connection` for the timeout span. Fired at most once per connection, after it was unwatched. */
  timedOut: [connection: Connection, info: TimedOutInfo];
}

export interface HeartBeatCheckerStats {
  /** Verdict passes run so far. */
  readonly sweeps: number;
  /** Connections timed out so far. */
  readonly timedOut: number;
  /** Real time, in ms, between sweeps that was not charged to peers because the process stalled. */
  readonly stalledMs: number;
  /** PINGs sent to connections on which we had sent nothing for `idlePingSecs`. */
  readonly idlePings: number;
}

interface Watch {
  readonly connection: Connection;
  /** A byte stream, where our PING's answer can be stuck behind our own queued bytes. */
  readonly stream: boolean;
  received: number;
  sent: number;
  flushed: number;
  /** Charged time at which progress was last seen. */
  progressAt: number;
  /** Charged time at which we were last seen sending. */
  sentAt: number;
}

export class HeartBeatChecker extends EventEmitter<HeartBeatCheckerEvents> implements Disposable {
  readonly closeOnTimeout: boolean;
  readonly #clock: Clock;
  readonly #scheduler: Scheduler;
  readonly #watches = new Map<Connection, Watch>();
  readonly #explicitTickMs: number | undefined;
  readonly #idlePing: number | false | undefined;
  readonly #onConnectionClose: (this: Connection) => void;
  #timeoutSecs: number;
  #tickMs: number;
  #timer: unknown;
  #sweepPending = false;
  #closed = false;
  #charged = 0;
  #lastSweepAt = 0;
  #sweeps = 0;
  #timedOutCount = 0;
  #stalledMs = 0;
  #pingSeq = 0;
  #idlePings = 0;

  constructor(options: HeartBeatCheckerOptions) {
    super();
    validateTimeoutSpan(options.timeoutSpanInSecs);
    if (options.tickMs !== undefined) validateTickMs(options.tickMs, options.timeoutSpanInSecs);
    if (options.idlePingSecs !== undefined && options.idlePingSecs !== false) {
      validateIdlePingSecs(options.idlePingSecs, options.timeoutSpanInSecs);
    }
    this.#idlePing = options.idlePingSecs;
    this.#timeoutSecs = options.timeoutSpanInSecs;
    this.#explicitTickMs = options.tickMs;
    this.#tickMs = options.tickMs ?? defaultTickMs(options.timeoutSpanInSecs);
    this.closeOnTimeout = options.closeOnTimeout ?? false;
    this.#clock = options.clock ?? systemClock;
    this.#scheduler = options.scheduler ?? systemScheduler;
    const checker = this;
    // One listener function for all connections (EventEmitter passes the connection as `this`).
    this.#onConnectionClose = function (this: Connection) {
      checker.unwatch(this);
    };
  }

  /** M in seconds. Settable at run time (validated); applies from the next tick. */
  get timeoutSpanInSecs(): number {
    return this.#timeoutSecs;
  }

  set timeoutSpanInSecs(value: number) {
    validateTimeoutSpan(value);
    if (this.#explicitTickMs !== undefined) validateTickMs(this.#explicitTickMs, value);
    if (typeof this.#idlePing === 'number') validateIdlePingSecs(this.#idlePing, value);
    this.#timeoutSecs = value;
    const tickMs = this.#explicitTickMs ?? defaultTickMs(value);
    if (tickMs !== this.#tickMs) {
      this.#tickMs = tickMs;
      if (this.#timer !== undefined) {
        this.#scheduler.clearInterval(this.#timer);
        this.#timer = this.#scheduler.setInterval(this.#onTick, tickMs);
      }
    }
  }

  /** The sampling period in ms. */
  get tickMs(): number {
    return this.#tickMs;
  }

  /** Seconds of sending nothing after which a watched connection gets a PING; false when off. */
  get idlePingSecs(): number | false {
    return this.#idlePing ?? this.#timeoutSecs / 2;
  }

  /** Connections being watched. */
  get size(): number {
    return this.#watches.size;
  }

  get stats(): HeartBeatCheckerStats {
    return {
      sweeps: this.#sweeps,
      timedOut: this.#timedOutCount,
      stalledMs: this.#stalledMs,
      idlePings: this.#idlePings,
    };
  }

  has(connection: Connection): boolean {
    return this.#watches.has(connection);
  }

  /**
   * Starts watching `connection` (its timeout span starts now) and answering its PINGs with PONGs.
   * Watching a watched connection does nothing; a connection that is no longer open is ignored, as
   * if it had closed right after. Throws HeartwireError ERR_INVALID_STATE after close().
   */
  watch(connection: Connection): void {
    if (this.#closed) throw new HeartwireError(ErrorCodes.INVALID_STATE, 'the heartbeat checker is closed');
    if (this.#watches.has(connection) || connection.state !== 'open') return;
    const now = this.#clock.now();
    if (this.#timer === undefined) {
      this.#lastSweepAt = now;
      this.#timer = this.#scheduler.setInterval(this.#onTick, this.#tickMs);
    }
    const charged = this.#chargedAt(now);
    this.#watches.set(connection, {
      connection,
      stream: connection.transport !== 'udp',
      received: connection.bytesReceived,
      sent: connection.bytesSent,
      flushed: connection.bytesFlushed,
      progressAt: charged,
      sentAt: charged,
    });
    connection.on('close', this.#onConnectionClose);
    retainPingAnswer(connection);
  }

  /** Stops watching (and answering PINGs for) `connection`. Automatic when it closes or times out. */
  unwatch(connection: Connection): void {
    if (!this.#watches.delete(connection)) return;
    connection.off('close', this.#onConnectionClose);
    releasePingAnswer(connection);
    if (this.#watches.size === 0) this.#stopTimer();
  }

  /** Unwatches everything and stops the timer. Idempotent. The connections stay open. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const connection of [...this.#watches.keys()]) this.unwatch(connection);
    this.#stopTimer();
  }

  [Symbol.dispose](): void {
    this.close();
  }

  #stopTimer(): void {
    if (this.#timer === undefined) return;
    this.#scheduler.clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Charged time at real time `now`: the gap since the last sweep counts, up to a few ticks. */
  #chargedAt(now: number): number {
    const gap = now - this.#lastSweepAt;
    return this.#charged + Math.min(Math.max(gap, 0), this.#tickMs * MAX_CHARGED_TICKS_PER_SWEEP);
  }

  // The tick only schedules the sweep: Node runs expired timers before the I/O poll phase, so a
  // sweep run from the timer itself after a stall would judge peers whose frames are sitting
  // unread in the socket buffers. setImmediate runs after that poll phase.
  readonly #onTick = (): void => {
    if (this.#sweepPending) return;
    this.#sweepPending = true;
    this.#scheduler.setImmediate(this.#sweep);
  };

  readonly #sweep = (): void => {
    this.#sweepPending = false;
    if (this.#closed) return;
    const now = this.#clock.now();
    const charged = this.#chargedAt(now);
    this.#stalledMs += Math.max(0, now - this.#lastSweepAt - (charged - this.#charged));
    this.#charged = charged;
    this.#lastSweepAt = now;
    this.#sweeps++;
    const limitMs = this.#timeoutSecs * 1000;
    const idlePing = this.idlePingSecs;
    const idlePingMs = idlePing === false ? Number.POSITIVE_INFINITY : idlePing * 1000;
    let expired: Connection[] | undefined;
    // Values, not entries: no [key, value] pair per connection per tick.
    for (const watch of this.#watches.values()) {
      const connection = watch.connection;
      const received = connection.bytesReceived;
      const sent = connection.bytesSent;
      const flushed = connection.bytesFlushed;
      if (
        received !== watch.received ||
        // Bytes of ours that were already queued at the last sweep moved on towards the peer and
        // more are still queued: its answer may be behind them, so the wait is not its fault. (Not
        // on datagram links: there nothing waits behind anything.)
        (watch.stream && flushed !== watch.flushed && watch.sent > watch.flushed && sent > flushed)
      ) {
        watch.progressAt = charged;
      } else if (charged - watch.progressAt >= limitMs && connection.state === 'open') {
        if (expired === undefined) expired = [];
        expired.push(connection);
      }
      if (sent !== watch.sent) {
        watch.sentAt = charged;
      } else if (charged - watch.sentAt >= idlePingMs && connection.state === 'open') {
        // Not recorded in watch.sent: the PING's own bytes must not read as our queue moving.
        this.#ping(connection);
        watch.sentAt = charged;
      }
      watch.received = received;
      watch.sent = sent;
      watch.flushed = flushed;
    }
    if (expired) this.#timeOut(expired, charged);
  };

  #ping(connection: Connection): void {
    this.#pingSeq = (this.#pingSeq + 1) >>> 0;
    try {
      connection.send(FrameKind.PING, encodePing(this.#pingSeq));
      this.#idlePings++;
    } catch (error) {
      debug('connection %s: idle PING not sent: %s', connection.id, (error as Error).message);
    }
  }

  #timeOut(connections: Connection[], charged: number): void {
    let listenerError: unknown;
    let failed = false;
    for (const connection of connections) {
      const watch = this.#watches.get(connection);
      // A listener for an earlier connection may have unwatched or closed this one.
      if (!watch || connection.state !== 'open') continue;
      this.unwatch(connection);
      this.#timedOutCount++;
      const info: TimedOutInfo = {
        silentMs: charged - watch.progressAt,
        timeoutSpanInSecs: this.#timeoutSecs,
        bytesReceived: connection.bytesReceived,
        queuedOutboundBytes: Math.max(0, connection.bytesSent - connection.bytesFlushed),
      };
      debug('connection %s timed out: nothing received for %d ms', connection.id, Math.round(info.silentMs));
      try {
        this.emit('timedOut', connection, info);
      } catch (error) {
        // Judge the others first; the listener's error is rethrown below, as an emitter would.
        if (!failed) listenerError = error;
        failed = true;
      }
      if (this.closeOnTimeout && connection.state === 'open') {
        connection
          .close(
            DisconnectReason.HEARTBEAT_TIMEOUT,
            `nothing received for ${Math.round(info.silentMs)} ms (timeout ${this.#timeoutSecs} s)`,
          )
          .catch((error: unknown) => debug('connection %s: close failed: %s', connection.id, error));
      }
    }
    if (failed) throw listenerError;
  }
}

/** The largest tick ≤ 250 ms that divides M into at least 12 equal parts, so M is a whole number of ticks. */
export function defaultTickMs(timeoutSpanInSecs: number): number {
  const spanMs = timeoutSpanInSecs * 1000;
  const ticks = Math.max(MIN_TICKS_PER_SPAN, Math.ceil(spanMs / DEFAULT_MAX_TICK_MS));
  return Math.max(1, spanMs / ticks);
}
