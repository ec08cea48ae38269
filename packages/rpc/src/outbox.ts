// Outbound envelopes of one peer on a datagram link: those sent in the same turn of the event loop
// leave together, in order, in as few datagrams as fit (BATCH envelopes of up to `limit` bytes). A
// datagram costs each side a system call and an event-loop callback, several microseconds; an
// envelope costs well under one.
// - An envelope the peer marks as alone leaves at once, when nothing is queued: a call made while
//   no other call is pending, and the answer to such a call (its ack_below is its own id). A
//   caller in lockstep waits for nothing.
// - Anything else waits for the end of the turn's I/O (one setImmediate for every outbox), so
//   that the answers to all the datagrams read in one turn share datagrams too. Flushing per
//   datagram read instead kept a group of calls split once (11 + 1 at the limit) split on every
//   round after: at 256 calls in flight, half the datagrams held one envelope.
// "Alone" is the callers' state, not the shape of the last datagram, for the same reason: a
// datagram may hold a single envelope by chance in pipelined traffic.

import { type Connection, FrameKind } from '@heartwire/protocol';
import createDebug from 'debug';
import { BATCH_HEADER_BYTES, batchEntryBytes, encodeBatch } from './envelope.js';

const log = createDebug('heartwire:rpc');

/** Outboxes with envelopes queued this turn, in the order they queued the first. */
const due: DatagramOutbox[] = [];

export class DatagramOutbox {
  readonly #connection: Connection;
  /** Largest BATCH envelope, in bytes (at most the connection's maxPayloadBytes). */
  readonly #limit: number;
  readonly #entries: Uint8Array[] = [];
  /** Size of the BATCH the queued entries would make; 0 when none are queued. */
  #bytes = 0;
  /** In `due`, waiting for the shared flush. */
  #due = false;

  constructor(connection: Connection, limit: number) {
    this.#connection = connection;
    this.#limit = limit;
  }

  /**
   * Queues an envelope behind those already queued; `alone`: its caller waits in lockstep, so it
   * leaves at once unless others are queued. Throws what `Connection.send` throws when it has to
   * send at once.
   */
  push(bytes: Uint8Array, alone: boolean): void {
    const entry = batchEntryBytes(bytes.length);
    if (this.#bytes > 0 && this.#bytes + entry > this.#limit) this.#sendQueued();
    if (BATCH_HEADER_BYTES + entry > this.#limit || (alone && this.#bytes === 0)) {
      // Too large to share a datagram, or nothing to wait for: now (after the queued ones).
      this.#sendQueued();
      this.#connection.send(FrameKind.DATA, bytes);
      return;
    }
    this.#entries.push(bytes);
    this.#bytes = (this.#bytes || BATCH_HEADER_BYTES) + entry;
    if (!this.#due) {
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
    return this.#connection.send(FrameKind.DATA, bytes);
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

  /** One DATA frame of everything queued (a lone envelope as itself); true when nothing was queued. */
  #sendQueued(): boolean {
    const entries = this.#entries;
    if (entries.length === 0) return true;
    const bytes = entries.length === 1 ? entries[0]! : encodeBatch(entries, this.#bytes);
    this.clear();
    return this.#connection.send(FrameKind.DATA, bytes);
  }
}
