// One UDP session as a heartwire Connection, on either side. It owns no socket: the engine lends it
// a link to transmit to its peer and feeds it the datagrams that carry its session token. Datagrams
// are fire-and-forget; the session has no idle timer of its own (the heartbeat above ends silent ones).

import { Buffer } from 'node:buffer';
import { nextTick } from 'node:process';
import {
  type CloseInfo,
  type Connection,
  ConnectionClosedError,
  DATAGRAM_HEADER_BYTES,
  DisconnectReason,
  decodeClose,
  ErrorCodes,
  emitFrame,
  encodeClose,
  encodeDatagram,
  FrameKind,
  HeartwireError,
} from '@heartwire/protocol';
import createDebug from 'debug';
import { ConnectionBase } from './connection-base.js';
import { nextConnectionId } from './ids.js';
import type { ResolvedUdpOptions } from './options.js';
import type { TransportStats } from './stats.js';

const debug = createDebug('heartwire:transport:udp');
const EMPTY = Buffer.alloc(0);
/** Payloads up to this size are copied into one datagram buffer with the header (see #transmit). */
const JOIN_MAX_PAYLOAD_BYTES = 4096;

export type SendCallback = (error: Error | null, bytes?: number) => void;

/**
 * What a session needs of its engine's socket. One per engine, shared by all of its sessions (a
 * server may hold many thousands: no closure is made per session); the session passes itself.
 */
export interface UdpLink {
  readonly options: ResolvedUdpOptions;
  readonly stats: TransportStats;
  /** Sends one datagram (given as parts, not joined) to the session's peer. */
  transmit(connection: UdpConnection, parts: readonly Uint8Array[], callback: SendCallback | undefined): void;
  /** Bytes waiting in the socket's send queue (the only backpressure a datagram socket has). */
  sendQueueBytes(): number;
  /** Called once per session, just before its `close` is emitted. */
  onClosed(connection: UdpConnection): void;
}

export interface UdpConnectionInit {
  readonly token: Buffer;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly link: UdpLink;
}

export class UdpConnection extends ConnectionBase implements Connection {
  readonly transport = 'udp' as const;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly maxPayloadBytes: number;
  /** The session token every datagram of this session carries. */
  readonly token: Buffer;
  readonly #link: UdpLink;
  #bytesReceived = 0;
  #bytesSent = 0;
  #bytesFlushed = 0;
  /** Bytes of datagrams queued without a completion callback: flushed once the queue is seen empty. */
  #unconfirmed = 0;
  #queueWatch: NodeJS.Timeout | undefined;
  #needDrain = false;
  #afterSendFn: SendCallback | undefined;

  constructor(init: UdpConnectionInit) {
    super(nextConnectionId('udp'));
    this.#link = init.link;
    this.token = init.token;
    this.remoteAddress = init.remoteAddress;
    this.remotePort = init.remotePort;
    this.maxPayloadBytes = init.link.options.maxDatagramBytes - DATAGRAM_HEADER_BYTES;
  }

  get bytesReceived(): number {
    return this.#bytesReceived;
  }

  get bytesSent(): number {
    return this.#bytesSent;
  }

  /** Bytes of datagrams handed to the kernel (sent at once, or reported sent after waiting in the queue). */
  get bytesFlushed(): number {
    if (this.#unconfirmed > 0 && this.state === 'open') this.#confirmIfDrained(this.#link.sendQueueBytes());
    return this.#bytesFlushed;
  }

  send(kind: FrameKind, payload: Uint8Array = EMPTY): boolean {
    if (this.state !== 'open') throw new ConnectionClosedError(`connection ${this.id} is ${this.state}`);
    if (payload.length > this.maxPayloadBytes) {
      throw new HeartwireError(
        ErrorCodes.PAYLOAD_TOO_LARGE,
        `payload of ${payload.length} bytes exceeds the maximum of ${this.maxPayloadBytes} for one datagram`,
      );
    }
    // Node tries every datagram at once, and one sent into an empty queue is normally in the kernel
    // when send() returns. A completion callback would cost a next-tick call on every datagram, so
    // only a datagram that waits behind others carries one: its completion reports a failure, and
    // moves bytesFlushed and 'drain'. (A datagram refused at once, in an empty queue, is lost
    // unreported, like any datagram: Node tells only a callback.)
    const link = this.#link;
    const waits = link.sendQueueBytes() > 0;
    this.#transmit(kind, payload, waits ? this.#afterSendCallback() : undefined);
    const queued = link.sendQueueBytes();
    if (!waits) {
      const bytes = DATAGRAM_HEADER_BYTES + payload.length;
      // Still queued: the kernel had no room, libuv keeps it until it has.
      if (queued === 0) this.#bytesFlushed += bytes;
      else {
        this.#unconfirmed += bytes;
        this.#watchQueue();
      }
    }
    if (queued < link.options.sendHighWaterMarkBytes) return true;
    this.#needDrain = true;
    return false;
  }

  /** Sends a CLOSE datagram (best effort: datagrams may be lost; the peer's heartbeat covers that) and ends. */
  close(reason: DisconnectReason = DisconnectReason.CLOSED, message = ''): Promise<void> {
    if (!this.beginClose(reason, message, 'local')) return this.closedPromise;
    debug('%s close: %s %s', this.id, reason, message);
    const timer = setTimeout(() => this.#finishLocal(), this.#link.options.closeTimeoutMs);
    timer.unref();
    this.#transmit(FrameKind.CLOSE, encodeClose(reason, message), (error, bytes) => {
      clearTimeout(timer);
      this.#afterSend(error, bytes);
      this.#finishLocal();
    });
    return this.closedPromise;
  }

  destroy(reason: DisconnectReason = DisconnectReason.CLOSED, message = ''): void {
    if (this.state === 'closed') return;
    this.beginClose(reason, message, 'local');
    debug('%s destroy: %s %s', this.id, reason, message);
    this.#finishLocal();
  }

  /** A datagram of this session from the engine (token and address already checked). */
  receive(kind: FrameKind, payload: Buffer, datagramBytes: number): void {
    if (this.state === 'closed') return;
    this.#bytesReceived += datagramBytes;
    if (kind === FrameKind.CLOSE) {
      const close = decodeClose(payload);
      if (close instanceof Error) {
        this.#link.stats.invalidMessages += 1;
        this.beginClose(DisconnectReason.INVALID_MESSAGE, close.message, 'remote');
      } else {
        this.beginClose(close.reason, close.message, 'remote');
      }
      this.finish({ reason: DisconnectReason.CLOSED, message: '', initiator: 'remote' });
      return;
    }
    if (kind !== FrameKind.DATA && kind !== FrameKind.PING && kind !== FrameKind.PONG) return;
    if (this.state === 'open') emitFrame(this, kind, payload);
  }

  protected onFinished(info: CloseInfo): void {
    debug('%s closed: %s (%s) %s', this.id, info.reason, info.initiator, info.message);
    this.#link.onClosed(this);
  }

  /**
   * `callback` undefined: fire and forget (see send). A small payload is copied behind the header
   * into one buffer: a datagram given as two parts costs the kernel about 0.5 µs more per send than
   * one part (measured on loopback), far more than copying a few KiB. A large one is sent as two
   * parts, header and payload, so that it is never copied.
   */
  #transmit(kind: FrameKind, payload: Uint8Array, callback: SendCallback | undefined): void {
    this.#bytesSent += DATAGRAM_HEADER_BYTES + payload.length;
    const parts =
      payload.length <= JOIN_MAX_PAYLOAD_BYTES
        ? [encodeDatagram(kind, this.token, payload)]
        : [encodeDatagram(kind, this.token), payload];
    this.#link.transmit(this, parts, callback);
  }

  #finishLocal(): void {
    // Deferred so that `close` never fires inside the call that caused it.
    nextTick(() => this.finish({ reason: DisconnectReason.CLOSED, message: '', initiator: 'local' }));
  }

  /** #afterSend as a callback, made the first time a datagram has to wait (rare: a full send buffer). */
  #afterSendCallback(): SendCallback {
    this.#afterSendFn ??= (error, bytes) => this.#afterSend(error, bytes);
    return this.#afterSendFn;
  }

  #afterSend(error: Error | null, bytes?: number): void {
    if (error) {
      this.#link.stats.sendErrors += 1;
      debug('%s send to %s:%d failed: %s', this.id, this.remoteAddress, this.remotePort, error.message);
    } else {
      this.#bytesFlushed += bytes ?? 0;
    }
    this.#queueMoved();
  }

  /** The send queue may have shrunk: confirm what left it, and emit 'drain' once below the mark. */
  #queueMoved(): void {
    if (this.state !== 'open') return;
    const queued = this.#link.sendQueueBytes();
    this.#confirmIfDrained(queued);
    if (this.#needDrain && queued < this.#link.options.sendHighWaterMarkBytes) {
      this.#needDrain = false;
      this.emit('drain');
    }
  }

  /**
   * A datagram without a callback was queued (the kernel had no room): no completion will tell us
   * when it leaves, so the queue is looked at every millisecond until it is empty. Rare: a full
   * socket send buffer.
   */
  #watchQueue(): void {
    if (this.#queueWatch) return;
    this.#queueWatch = setInterval(() => {
      this.#queueMoved();
      if (this.state !== 'open' || this.#unconfirmed === 0) {
        clearInterval(this.#queueWatch);
        this.#queueWatch = undefined;
      }
    }, 1);
    this.#queueWatch.unref();
  }

  #confirmIfDrained(queued: number): void {
    if (queued > 0 || this.#unconfirmed === 0) return;
    this.#bytesFlushed += this.#unconfirmed;
    this.#unconfirmed = 0;
  }
}
