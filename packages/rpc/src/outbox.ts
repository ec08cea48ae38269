// Outbound envelopes of one peer on a datagram link: those sent in the same turn of the event loop
// leave together, in order, in as few datagrams as fit (BATCH envelopes of up to `limit` bytes). A
// datagram costs each side a system call and an event-loop callback, several microseconds; an
// envelope costs well under one.
// - An envelope the peer marks as alone leaves at once when nothing is queued: a call made while
//   no other call is pending, and the answer to such a call (its ack_below is its own id). A
//   caller in lockstep waits for nothing, and the callee is still finishing its turn while the
//   answer travels (waiting for the end of the run cost about 4 % of a round trip on loopback).
// - Unless it starts a burst: when the answers to a group of calls arrive together, the caller
//   re-issues them all in one synchronous run, and the first finds nothing pending. Sent at once,
//   it split every round in two datagrams each way (the callee, seeing it alone, answered it
//   alone too): at 50 connections with 32 calls each in flight, datagrams held about 19
//   envelopes where 32 fit. So once envelopes follow a lone one in the same run, the outbox takes
//   its peer for a burster: a lone envelope then waits for the end of its run (one microtask for
//   every outbox) and leaves with what the run queued after it, until one leaves with nothing
//   after it, which makes the peer a lockstep caller again.
// - Anything else waits for the end of the turn's I/O (one setImmediate for every outbox), so
//   that the answers to all the datagrams read in one turn share datagrams too. Flushing per
//   datagram read instead kept a group of calls split once (11 + 1 at the limit) split on every
//   round after: at 256 calls in flight, half the datagrams held one envelope. What follows a
//   lone envelope in its run leaves at the end of the run, as the rest of its burst.
// "Alone" is the callers' state, not the shape of the last datagram, for the same reason: a
// datagram may hold a single envelope by chance in pipelined traffic.

import { type Connection, FrameKind } from '@heartwire/protocol';
import createDebug from 'debug';
import { BATCH_HEADER_BYTES, batchEntryBytes, encodeBatch } from './envelope.js';

const log = createDebug('heartwire:rpc');

/** Outboxes with envelopes queued this turn, in the order they queued the first. */
const due: DatagramOutbox[] = [];
/** Outboxes to look at when the current synchronous run ends (see #endOfRun). */
const soon: DatagramOutbox[] = [];
/**
 * What schedules the flush of `soon`: a settled promise's `then` is a bare V8 microtask, where
 * Node's queueMicrotask also makes an AsyncResource (async ids, a bound function) every time.
 */
const SETTLED = Promise.resolve();

export class DatagramOutbox {
  readonly #connection: Connection;
  /** Largest BATCH envelope, in bytes (at most the connection's maxPayloadBytes). */
  readonly #limit: number;
  readonly #entries: Uint8Array[] = [];
  /** Size of the BATCH the queued entries would make; 0 when none are queued. */
  #bytes = 0;
  /** In `due`, waiting for the shared flush. */
  #due = false;
  /** In `soon`, waiting for the end of the synchronous run. */
  #soon = false;
  /**
   * The last envelope pushed was lone and sent at once. One pushed after it before anything more
   * arrived on the connection (`#receivedAtAlone`: nothing has, in the same synchronous run) makes
   * a burst. A counter read, where marking the end of the run would take a microtask per lone
   * envelope, which a lockstep caller would pay. (A call made from a timer while a lone one is
   * pending, with nothing received between, passes for a burst too: it costs one held lone
   * envelope later.)
   */
  #sentAlone = false;
  #receivedAtAlone = 0;
  /** A lone envelope waits in the queue for the end of its run (the peer is taken for a burster). */
  #heldAlone = false;
  /** Envelopes were queued after the held lone one, in its run. */
  #joined = false;
  /** Envelopes followed a lone one in its run: lone ones wait for the end of their run. */
  #bursts = false;
  /** Datagrams sent, and the envelopes in them (RpcStats; counted once the send returned). */
  datagramsSent = 0;
  envelopesSent = 0;

  constructor(connection: Connection, limit: number) {
    this.#connection = connection;
    this.#limit = limit;
  }

  /**
   * Queues an envelope behind those already queued; `alone`: its caller waits in lockstep, so it
   * leaves at once when nothing is queued, or at the end of the run when the peer bursts. Throws
   * what `Connection.send` throws when it has to send at once.
   */
  push(bytes: Uint8Array, alone: boolean): void {
    const entry = batchEntryBytes(bytes.length);
    if (this.#bytes > 0 && this.#bytes + entry > this.#limit) this.#sendQueued();
    if (BATCH_HEADER_BYTES + entry > this.#limit) {
      // Too large to share a datagram: now (after the queued ones).
      this.#sendQueued();
      this.#send(bytes, 1);
      return;
    }
    if (alone && !this.#bursts && this.#bytes === 0) {
      this.#send(bytes, 1);
      // The next push tells whether this one started a burst; a lockstep caller's never does.
      this.#sentAlone = true;
      this.#receivedAtAlone = this.#connection.bytesReceived;
      return;
    }
    const followsAlone = this.#sentAlone && this.#connection.bytesReceived === this.#receivedAtAlone;
    this.#sentAlone = false;
    if (this.#heldAlone) this.#joined = true;
    this.#entries.push(bytes);
    this.#bytes = (this.#bytes || BATCH_HEADER_BYTES) + entry;
    if (followsAlone) {
      // The rest of a burst whose first envelope already left: it goes at the end of the run.
      this.#bursts = true;
      this.#atEndOfRun();
    } else if (alone) {
      this.#heldAlone = true;
      this.#atEndOfRun();
    } else if (!this.#soon && !this.#due) {
      this.#due = true;
      due.push(this);
      if (due.length === 1) setImmediate(DatagramOutbox.#flushDue);
    }
  }

  /**
   * Sends `bytes` now, with whatever is queued before it (in the same datagram when it fits).
   * Returns `Connection.send`'s answer for the last datagram (false: above the high-water mark).
   * Throws what `Connection.send` throws.
   */
  pushNow(bytes: Uint8Array): boolean {
    const entry = batchEntryBytes(bytes.length);
    if (this.#bytes > 0 && this.#bytes + entry <= this.#limit) {
      this.#entries.push(bytes);
      this.#bytes += entry;
      return this.#sendQueued();
    }
    this.#sendQueued();
    return this.#send(bytes, 1);
  }

  /** Sends what is queued. A failure is logged: the calls in it are retransmitted or fail with the connection. */
  flush(): void {
    if (this.#bytes === 0) return;
    if (this.#connection.state !== 'open') {
      this.clear();
      return;
    }
    try {
      this.#sendQueued();
    } catch (error) {
      log('%s: send failed: %s', this.#connection.id, (error as Error).message);
    }
  }

  /** Drops what is queued. */
  clear(): void {
    this.#entries.length = 0;
    this.#bytes = 0;
  }

  /** Flushes every outbox that queued something this turn (one may join while others flush). */
  static #flushDue(): void {
    for (let i = 0; i < due.length; i++) {
      const outbox = due[i]!;
      outbox.#due = false;
      outbox.flush();
    }
    due.length = 0;
  }

  /** Looks at every outbox in `soon` (see #endOfRun). */
  static #flushSoon(): void {
    for (let i = 0; i < soon.length; i++) {
      const outbox = soon[i]!;
      outbox.#soon = false;
      outbox.#endOfRun();
    }
    soon.length = 0;
  }

  #atEndOfRun(): void {
    if (this.#soon) return;
    this.#soon = true;
    soon.push(this);
    if (soon.length === 1) void SETTLED.then(DatagramOutbox.#flushSoon);
  }

  /**
   * The synchronous run that held a lone envelope, or queued the rest of a burst, has ended: a
   * held one that nothing joined means a lockstep caller again; what the run queued leaves now.
   */
  #endOfRun(): void {
    if (this.#heldAlone && !this.#joined) this.#bursts = false;
    this.#heldAlone = this.#joined = false;
    this.flush();
  }

  /** One DATA frame of everything queued (a lone envelope as itself); true when nothing was queued. */
  #sendQueued(): boolean {
    const entries = this.#entries;
    const count = entries.length;
    if (count === 0) return true;
    const bytes = count === 1 ? entries[0]! : encodeBatch(entries, this.#bytes);
    this.clear();
    return this.#send(bytes, count);
  }

  /** One datagram of `envelopes` envelopes (a BATCH, or one as itself), counted once it is sent. */
  #send(bytes: Uint8Array, envelopes: number): boolean {
    const belowMark = this.#connection.send(FrameKind.DATA, bytes);
    this.datagramsSent++;
    this.envelopesSent += envelopes;
    return belowMark;
  }
}
