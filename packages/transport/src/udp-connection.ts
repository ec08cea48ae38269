// One UDP session as a heartwire Connection, on either side. It owns no socket: the engine hands it
// a way to transmit to its peer and feeds it the datagrams that carry its session token. Datagrams
// are fire-and-forget; the session has no idle timer of its own (the heartbeat above ends silent ones).

import {
  type CloseInfo,
  type Connection,
  ConnectionClosedError,
  DATAGRAM_HEADER_BYTES,
  DisconnectReason,
  decodeClose,
  ErrorCodes,
  encodeClose,
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

export type SendCallback = (error: Error | null, bytes?: number) => void;

export interface UdpConnectionInit {
  readonly token: Buffer;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly options: ResolvedUdpOptions;
  readonly stats: TransportStats;
  /** Sends one datagram (given as parts, not joined) to the peer. */
  readonly transmit: (parts: readonly Uint8Array[], callback: SendCallback) => void;
  /** Bytes waiting in the socket's send queue (the only backpressure a datagram socket has). */
  readonly sendQueueBytes: () => number;
  /** Called once, just before `close` is emitted. */
  readonly onClosed: (connection: UdpConnection) => void;
}

export class UdpConnection extends ConnectionBase implements Connection {
  readonly transport = 'udp' as const;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly maxPayloadBytes: number;
  /** The session token every datagram of this session carries. */
  readonly token: Buffer;
  readonly #init: UdpConnectionInit;
  #bytesReceived = 0;
  #bytesSent = 0;
  #bytesFlushed = 0;
  #needDrain = false;

  constructor(init: UdpConnectionInit) {
    super(nextConnectionId('udp'));
    this.#init = init;
    this.token = init.token;
    this.remoteAddress = init.remoteAddress;
    this.remotePort = init.remotePort;
    this.maxPayloadBytes = init.options.maxDatagramBytes - DATAGRAM_HEADER_BYTES;
  }

  get bytesReceived(): number {
    return this.#bytesReceived;
  }

  get bytesSent(): number {
    return this.#bytesSent;
  }

  /** Bytes of datagrams the socket reported as sent. */
  get bytesFlushed(): number {
    return this.#bytesFlushed;
  }

  send(kind: FrameKind, payload: Uint8Array = EMPTY): boolean {
    if (this.state !== 'open') throw new ConnectionClosedError(`connection ${this.id} is ${this.state}`);
    if (payload.byteLength > this.maxPayloadBytes) {
      throw new HeartwireError(
        ErrorCodes.PAYLOAD_TOO_LARGE,
        `payload of ${payload.byteLength} bytes exceeds the maximum of ${this.maxPayloadBytes} for one datagram`,
      );
    }
    this.#transmit(kind, payload, this.#afterSend);
    if (this.#init.sendQueueBytes() < this.#init.options.sendHighWaterMarkBytes) return true;
    this.#needDrain = true;
    return false;
  }

  /** Sends a CLOSE datagram (best effort: datagrams may be lost; the peer's heartbeat covers that) and ends. */
  close(reason: DisconnectReason = DisconnectReason.CLOSED, message = ''): Promise<void> {
    if (!this.beginClose(reason, message, 'local')) return this.closedPromise;
    debug('%s close: %s %s', this.id, reason, message);
    const timer = setTimeout(() => this.#finishLocal(), this.#init.options.closeTimeoutMs);
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
        this.#init.stats.invalidMessages += 1;
        this.beginClose(DisconnectReason.INVALID_MESSAGE, close.message, 'remote');
      } else {
        this.beginClose(close.reason, close.message, 'remote');
      }
      this.finish({ reason: DisconnectReason.CLOSED, message: '', initiator: 'remote' });
      return;
    }
    if (kind !== FrameKind.DATA && kind !== FrameKind.PING && kind !== FrameKind.PONG) return;
    if (this.state === 'open') this.emit('frame', kind, payload);
  }

  protected onFinished(info: CloseInfo): void {
    debug('%s closed: %s (%s) %s', this.id, info.reason, info.initiator, info.message);
    this.#init.onClosed(this);
  }

  #transmit(kind: FrameKind, payload: Uint8Array, callback: SendCallback): void {
    const header = Buffer.allocUnsafe(DATAGRAM_HEADER_BYTES);
    header[0] = kind;
    this.token.copy(header, 1);
    this.#bytesSent += DATAGRAM_HEADER_BYTES + payload.byteLength;
    this.#init.transmit(payload.byteLength > 0 ? [header, payload] : [header], callback);
  }

  #finishLocal(): void {
    // Deferred so that `close` never fires inside the call that caused it.
    process.nextTick(() => this.finish({ reason: DisconnectReason.CLOSED, message: '', initiator: 'local' }));
  }

  readonly #afterSend = (error: Error | null, bytes?: number): void => {
    if (error) {
      this.#init.stats.sendErrors += 1;
      debug('%s send to %s:%d failed: %s', this.id, this.remoteAddress, this.remotePort, error.message);
    } else {
      this.#bytesFlushed += bytes ?? 0;
    }
    if (
      this.#needDrain &&
      this.state === 'open' &&
      this.#init.sendQueueBytes() < this.#init.options.sendHighWaterMarkBytes
    ) {
      this.#needDrain = false;
      this.emit('drain');
    }
  };
}
