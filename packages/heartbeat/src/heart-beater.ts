// The sending side of the heartbeat (clients use it): keeps a connection's peer supplied with
// inbound bytes and provokes answers when nothing comes back, and measures the round-trip time.
// Activity is sampled from the connection's byte counters, so a busy connection costs nothing.

import type { Buffer } from 'node:buffer';
import { EventEmitter } from 'node:events';
import { type Connection, decodePong, encodePing, FrameKind } from '@heartwire/protocol';
import createDebug from 'debug';
import { releasePingAnswer, retainPingAnswer } from './answer-pings.js';
import { type Clock, type Scheduler, systemClock, systemScheduler } from './clock.js';
import { RttEstimator, type RttStats } from './rtt.js';
import { validateHeartBeatSpan } from './validate.js';

const debug = createDebug('heartwire:heartbeat');

/** PINGs awaiting their PONG that are remembered for RTT; older ones count as lost (UDP). */
const MAX_OUTSTANDING_PINGS = 32;

/** How many activity samples per span: a PING goes out between N and N × 1.25 after the last activity. */
const SAMPLES_PER_SPAN = 4;

export interface HeartBeaterOptions {
  /** N: send a PING when the connection has sent nothing, or received nothing, for this long. */
  readonly heartBeatSpanInSecs: number;
  readonly clock?: Clock;
  readonly scheduler?: Scheduler;
}

export interface HeartBeaterEvents {
  /** A PING with this sequence number was queued on the connection. */
  ping: [seq: number];
  /** The PONG for a PING of ours arrived `rttMs` after the PING was sent. */
  pong: [seq: number, rttMs: number];
}

export class HeartBeater extends EventEmitter<HeartBeaterEvents> {
  readonly connection: Connection;
  #spanSecs: number;
  readonly #clock: Clock;
  readonly #scheduler: Scheduler;
  readonly #rtt = new RttEstimator();
  readonly #outstanding = new Map<number, number>();
  #timer: unknown;
  #stopped = false;
  #nextSeq = 1;
  #seenSent = 0;
  #seenReceived = 0;
  #lastSentAt = 0;
  #lastReceivedAt = 0;
  #lastPingAt = Number.NEGATIVE_INFINITY;

  constructor(connection: Connection, options: HeartBeaterOptions) {
    super();
    validateHeartBeatSpan(options.heartBeatSpanInSecs);
    this.connection = connection;
    this.#spanSecs = options.heartBeatSpanInSecs;
    this.#clock = options.clock ?? systemClock;
    this.#scheduler = options.scheduler ?? systemScheduler;
    if (connection.state !== 'open') {
      // Closed before we started: behave as if it closed right after, with nothing to clean up.
      this.#stopped = true;
      return;
    }
    const now = this.#clock.now();
    this.#lastSentAt = now;
    this.#lastReceivedAt = now;
    this.#seenSent = connection.bytesSent;
    this.#seenReceived = connection.bytesReceived;
    connection.on('control', this.#onFrame);
    connection.once('close', this.#onClose);
    retainPingAnswer(connection);
    this.#startTimer();
  }

  /** N in seconds. Settable at run time (validated); the new value applies from the next sample. */
  get heartBeatSpanInSecs(): number {
    return this.#spanSecs;
  }

  set heartBeatSpanInSecs(value: number) {
    validateHeartBeatSpan(value);
    this.#spanSecs = value;
    if (!this.#stopped) {
      this.#scheduler.clearInterval(this.#timer);
      this.#startTimer();
    }
  }

  /** Round-trip times in ms measured from PONGs: last, smoothed (alpha = 1/8) and minimum. */
  get rtt(): RttStats {
    return this.#rtt;
  }

  /** True after stop() or once the connection closed. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Stops sending PINGs and answering them on behalf of this beater. Idempotent. */
  stop(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#scheduler.clearInterval(this.#timer);
    this.#timer = undefined;
    this.connection.off('control', this.#onFrame);
    this.connection.off('close', this.#onClose);
    releasePingAnswer(this.connection);
    this.#outstanding.clear();
  }

  [Symbol.dispose](): void {
    this.stop();
  }

  #startTimer(): void {
    this.#timer = this.#scheduler.setInterval(this.#sample, (this.#spanSecs * 1000) / SAMPLES_PER_SPAN);
  }

  // The interval only schedules the decision: it runs after Node's poll phase, so bytes that arrived
  // while this process was stalled (frozen, blocked) are read first. That matters after a long
  // freeze: the peer may have closed us already, its CLOSE frame waiting in our socket buffer, and
  // writing a PING to the dead socket first would draw an RST that makes the kernel discard the
  // unread CLOSE, so we would never learn why we were closed.
  readonly #sample = (): void => {
    if (this.#stopped || this.connection.state !== 'open') return;
    this.#scheduler.setImmediate(this.#decide);
  };

  readonly #decide = (): void => {
    const connection = this.connection;
    if (this.#stopped || connection.state !== 'open') return;
    const now = this.#clock.now();
    const sent = connection.bytesSent;
    if (sent !== this.#seenSent) {
      this.#seenSent = sent;
      this.#lastSentAt = now;
    }
    const received = connection.bytesReceived;
    if (received !== this.#seenReceived) {
      this.#seenReceived = received;
      this.#lastReceivedAt = now;
    }
    const spanMs = this.#spanSecs * 1000;
    // Half a sample of slack: timers and the clock are read at slightly different instants, and a
    // PING that is due must not slip to the next sample for a fraction of a millisecond.
    const due = spanMs - spanMs / SAMPLES_PER_SPAN / 2;
    if (now - this.#lastPingAt < due) return;
    if (now - this.#lastSentAt < due && now - this.#lastReceivedAt < due) return;
    this.#ping(now);
  };

  #ping(now: number): void {
    const connection = this.connection;
    const seq = this.#nextSeq;
    this.#nextSeq = (seq + 1) >>> 0 || 1;
    try {
      connection.send(FrameKind.PING, encodePing(seq));
    } catch (error) {
      debug('connection %s: PING %d not sent: %s', connection.id, seq, (error as Error).message);
      return;
    }
    this.#lastPingAt = now;
    this.#lastSentAt = now;
    this.#seenSent = connection.bytesSent;
    this.#outstanding.set(seq, now);
    if (this.#outstanding.size > MAX_OUTSTANDING_PINGS) {
      const oldest = this.#outstanding.keys().next().value;
      if (oldest !== undefined) this.#outstanding.delete(oldest);
    }
    this.emit('ping', seq);
  }

  readonly #onFrame = (kind: FrameKind, payload: Buffer): void => {
    if (kind !== FrameKind.PONG) return;
    const seq = decodePong(payload);
    if (seq instanceof Error) {
      debug('connection %s: ignoring malformed PONG: %s', this.connection.id, seq.message);
      return;
    }
    const sentAt = this.#outstanding.get(seq);
    if (sentAt === undefined) return; // not ours, or long given up
    // PONGs come back in order: the ones still waiting before this one were lost.
    for (const pending of this.#outstanding.keys()) {
      this.#outstanding.delete(pending);
      if (pending === seq) break;
    }
    const rttMs = Math.max(0, this.#clock.now() - sentAt);
    this.#rtt.add(rttMs);
    this.emit('pong', seq, rttMs);
  };

  readonly #onClose = (): void => {
    this.stop();
  };
}
