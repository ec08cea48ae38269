// Outbound envelopes of one peer on a datagram link: those sent in the same tick leave together, in
// order, in as few datagrams as fit (BATCH envelopes of up to `limit` bytes). A datagram costs each
// side a system call and an event-loop callback, several microseconds; an envelope costs well under
// one. The timing follows the TCP transport's write batching, so that batching never delays a
// lockstep exchange:
// - while the peer handles an inbound frame, what it sends leaves when that frame is done;
// - the first envelope sent after a frame that held one envelope (a call made in answer to a
//   response, an answer from an async handler) leaves at once;
// - anything else leaves on the next tick, together with whatever joins it before then.

import { nextTick } from 'node:process';
import { type Connection, FrameKind } from '@heartwire/protocol';
import createDebug from 'debug';
import { BATCH_HEADER_BYTES, batchEntryBytes, encodeBatch } from './envelope.js';

const log = createDebug('heartwire:rpc');

export class DatagramOutbox {
  readonly #connection: Connection;
  /** Largest BATCH envelope, in bytes (at most the connection's maxPayloadBytes). */
  readonly #limit: number;
  readonly #entries: Uint8Array[] = [];
  /** Size of the BATCH the queued entries would make; 0 when none are queued. */
  #bytes = 0;
  #flushQueued = false;
  #delivering = false;
  /** The last inbound frame held one envelope, and nothing was sent since: the next send goes at once. */
  #lockstep = false;

  constructor(connection: Connection, limit: number) {
    this.#connection = connection;
    this.#limit = limit;
  }

  /** Envelopes waiting to be sent. */
  get queued(): number {
    return this.#entries.length;
  }

  /**
   * An inbound frame starts being handled; `single`: it held one envelope. Returns whether this
   * call started the delivery (frames delivered from inside one, by a synchronous transport, end
   * with it).
   */
  beginDelivery(single: boolean): boolean {
    this.#lockstep = single;
    if (this.#delivering) return false;
    this.#delivering = true;
    return true;
  }

  /** The frame is handled: what was sent meanwhile leaves now. */
  endDelivery(): void {
    this.#delivering = false;
    if (this.#bytes > 0) this.flush();
  }

  /** Queues an envelope behind those already queued. Throws what `Connection.send` throws when it has to send at once. */
  push(bytes: Uint8Array): void {
    const entry = batchEntryBytes(bytes.length);
    if (this.#bytes > 0 && this.#bytes + entry > this.#limit) this.#sendQueued();
    if (
      BATCH_HEADER_BYTES + entry > this.#limit ||
      (this.#lockstep && !this.#delivering && this.#bytes === 0)
    ) {
      // Too large to share a datagram, or a lockstep answer: alone, now (after the queued ones).
      this.#sendQueued();
      this.#lockstep = false;
      this.#connection.send(FrameKind.DATA, bytes);
      return;
    }
    this.#entries.push(bytes);
    this.#bytes = (this.#bytes || BATCH_HEADER_BYTES) + entry;
    if (!this.#delivering && !this.#flushQueued) {
      this.#flushQueued = true;
      nextTick(DatagramOutbox.#flushLater, this);
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
    this.#lockstep = false;
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

  static #flushLater(outbox: DatagramOutbox): void {
    outbox.#flushQueued = false;
    outbox.flush();
  }

  /** One DATA frame of everything queued (a lone envelope as itself); true when nothing was queued. */
  #sendQueued(): boolean {
    const entries = this.#entries;
    if (entries.length === 0) return true;
    const bytes = entries.length === 1 ? entries[0]! : encodeBatch(entries, this.#bytes);
    this.clear();
    this.#lockstep = false;
    return this.#connection.send(FrameKind.DATA, bytes);
  }
}
