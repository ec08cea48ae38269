// @heartwire/protocol/testing: an in-memory Connection pair for logic tests of the layers above
// (heartbeat, rpc, user-manager) without sockets. Frames are delivered in order on a microtask,
// so tests on fake timers still see them. It can be frozen (a dead peer that sent no FIN) and can
// drop frames (a lossy datagram link).

import { Buffer } from 'node:buffer';
import { EventEmitter } from 'node:events';
import {
  type CloseInfo,
  type Connection,
  type ConnectionEvents,
  type ConnectionState,
  emitFrame,
  type TransportKind,
} from './connection.js';
import { ConnectionClosedError, ErrorCodes, HeartwireError } from './errors.js';
import { STREAM_HEADER_BYTES } from './frame.js';
import { FrameKind } from './frame-kinds.js';
import { decodeClose, encodeClose } from './payloads.js';
import type { DisconnectReason } from './reasons.js';

export interface MemoryConnectionOptions {
  /** What `transport` reports; `udp` makes the layers above treat it as a datagram link. */
  readonly transport?: TransportKind;
  readonly maxPayloadBytes?: number;
}

let nextId = 0;

export class MemoryConnection extends EventEmitter<ConnectionEvents> implements Connection {
  readonly id = `mem-${++nextId}`;
  readonly transport: TransportKind;
  readonly remoteAddress = 'memory';
  readonly remotePort = 0;
  readonly maxPayloadBytes: number;
  bytesReceived = 0;
  bytesSent = 0;
  bytesFlushed = 0;
  /** While true nothing this side sends reaches the peer (a frozen or unplugged sender). */
  frozen = false;
  /** Returns true for a frame to drop silently (loss on the link). */
  dropFilter: ((kind: FrameKind, payload: Buffer) => boolean) | undefined;
  #state: ConnectionState = 'open';
  #peer: MemoryConnection | undefined;
  #closed: Promise<void> | undefined;

  constructor(options: MemoryConnectionOptions = {}) {
    super();
    this.transport = options.transport ?? 'memory';
    this.maxPayloadBytes = options.maxPayloadBytes ?? 4 * 1024 * 1024 - 1;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  get peer(): MemoryConnection {
    if (!this.#peer) throw new Error('not paired');
    return this.#peer;
  }

  /** Pairs two connections; use createMemoryConnectionPair. */
  static pair(a: MemoryConnection, b: MemoryConnection): void {
    a.#peer = b;
    b.#peer = a;
  }

  send(kind: FrameKind, payload: Uint8Array = Buffer.alloc(0)): boolean {
    if (this.#state !== 'open') throw new ConnectionClosedError(`connection ${this.id} is ${this.#state}`);
    if (payload.length > this.maxPayloadBytes) {
      throw new HeartwireError(
        ErrorCodes.PAYLOAD_TOO_LARGE,
        `payload of ${payload.length} bytes exceeds the maximum of ${this.maxPayloadBytes}`,
      );
    }
    this.#transmit(kind, Buffer.from(payload));
    return true;
  }

  /** Makes `n` bytes arrive from the peer without completing a frame (a large frame in progress). */
  receivePartialBytes(n: number): void {
    this.bytesReceived += n;
  }

  close(reason: DisconnectReason = 'closed', message = ''): Promise<void> {
    if (this.#closed) return this.#closed;
    if (this.#state === 'open') this.#transmit(FrameKind.CLOSE, encodeClose(reason, message));
    this.#state = 'closing';
    this.#closed = new Promise((resolve) => {
      queueMicrotask(() => {
        this.#finish({ reason, message, initiator: 'local' });
        const peer = this.#peer;
        if (peer && !this.frozen) {
          peer.#finish({ reason: 'network-interrupted', message: 'peer closed', initiator: 'remote' });
        }
        resolve();
      });
    });
    return this.#closed;
  }

  destroy(reason: DisconnectReason = 'closed', message = ''): void {
    if (this.#state === 'closed') return;
    this.#state = 'closing';
    this.#closed ??= Promise.resolve();
    this.#finish({ reason, message, initiator: 'local' });
    const peer = this.#peer;
    if (peer && !this.frozen) {
      queueMicrotask(() =>
        peer.#finish({ reason: 'network-interrupted', message: 'peer reset', initiator: 'remote' }),
      );
    }
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #transmit(kind: FrameKind, payload: Buffer): void {
    const size = STREAM_HEADER_BYTES + payload.length;
    this.bytesSent += size;
    this.bytesFlushed += size;
    const peer = this.#peer;
    if (!peer || this.frozen || this.dropFilter?.(kind, payload)) return;
    queueMicrotask(() => peer.#receive(kind, payload, size));
  }

  #receive(kind: FrameKind, payload: Buffer, size: number): void {
    if (this.#state === 'closed') return;
    this.bytesReceived += size;
    if (kind === FrameKind.CLOSE) {
      const close = decodeClose(payload);
      const info: CloseInfo =
        close instanceof Error
          ? { reason: 'invalid-message', message: close.message, initiator: 'remote' }
          : { reason: close.reason, message: close.message, initiator: 'remote' };
      this.#finish(info);
      return;
    }
    if (this.#state === 'open') emitFrame(this, kind, payload);
  }

  #finish(info: CloseInfo): void {
    if (this.#state === 'closed') return;
    this.#state = 'closed';
    this.#closed ??= Promise.resolve();
    this.emit('close', info);
  }
}

export function createMemoryConnectionPair(
  options: MemoryConnectionOptions = {},
): [client: MemoryConnection, server: MemoryConnection] {
  const a = new MemoryConnection(options);
  const b = new MemoryConnection(options);
  MemoryConnection.pair(a, b);
  return [a, b];
}
