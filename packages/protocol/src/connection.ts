// The `Connection` contract every transport implements (TCP stream, UDP session, in-memory pair),
// and that every layer above (heartbeat, rpc, user-manager, rapid) is written against. Layers above
// never see a socket.

import type { Buffer } from 'node:buffer';
import type { EventEmitter } from 'node:events';
import { FrameKind } from './frame-kinds.js';
import type { DisconnectReason } from './reasons.js';

export type TransportKind = 'tcp' | 'udp' | 'memory';

export const ConnectionState = {
  OPEN: 'open',
  /** close() was called: a CLOSE frame may still be flushing; nothing more can be sent. */
  CLOSING: 'closing',
  CLOSED: 'closed',
} as const;
export type ConnectionState = (typeof ConnectionState)[keyof typeof ConnectionState];

export interface CloseInfo {
  readonly reason: DisconnectReason;
  /** Human-readable detail: the CLOSE frame's text, or the socket error's message. May be empty. */
  readonly message: string;
  /** `local` when this side decided to close, `remote` when the peer did (CLOSE frame, FIN, RST). */
  readonly initiator: 'local' | 'remote';
}

export interface ConnectionEvents {
  /** A complete frame from the peer. DATA, PING and PONG arrive here; CLOSE ends in `close` instead. */
  frame: [kind: FrameKind, payload: Buffer];
  /**
   * A PING or PONG from the peer, right after its `frame` event. The heartbeat listens here rather
   * than to `frame`, so a DATA frame reaches its one listener (the RPC layer) directly: Node's
   * EventEmitter copies the listener array on every emit to two or more.
   */
  control: [kind: FrameKind, payload: Buffer];
  /** The send buffer went below its high-water mark after a send() returned false. */
  drain: [];
  /** Fired exactly once, when the connection is fully closed. */
  close: [info: CloseInfo];
}

export interface Connection extends EventEmitter<ConnectionEvents> {
  /** Unique within the process. */
  readonly id: string;
  readonly transport: TransportKind;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly state: ConnectionState;
  /** Largest payload `send` accepts on this connection (UDP: one datagram's worth). */
  readonly maxPayloadBytes: number;

  /**
   * Liveness counters, read by the heartbeat on its tick instead of a timer or clock call per frame.
   * `bytesReceived` counts every inbound byte as it arrives, also of frames still incomplete.
   */
  readonly bytesReceived: number;
  /** Bytes accepted by send() (headers included). */
  readonly bytesSent: number;
  /** Bytes of those already handed to the operating system; `bytesSent - bytesFlushed` are queued. */
  readonly bytesFlushed: number;

  /**
   * Queues one frame. Returns false when the send buffer is above its high-water mark: wait for
   * `drain` before sending more. Throws ConnectionClosedError when not open, and a HeartwireError
   * with code ERR_PAYLOAD_TOO_LARGE when the payload is over `maxPayloadBytes`. A send that would
   * push the buffer over its hard cap closes the connection with `send-buffer-overflow` and throws.
   */
  send(kind: FrameKind, payload?: Uint8Array): boolean;

  /**
   * Sends CLOSE with the reason (when the transport is still writable), flushes and closes.
   * Idempotent: later calls return the same promise and do not change the reason.
   */
  close(reason?: DisconnectReason, message?: string): Promise<void>;

  /** Immediate close without a CLOSE frame or flush (e.g. a peer that stopped reading). Idempotent. */
  destroy(reason?: DisconnectReason, message?: string): void;

  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Hands a received frame to a connection's listeners as the contract wants: `frame` for every kind,
 * then `control` too for PING and PONG while the connection is still open. For implementations of
 * `Connection` (the transports and the memory pair call it for every frame they deliver).
 */
export function emitFrame(connection: Connection, kind: FrameKind, payload: Buffer): void {
  connection.emit('frame', kind, payload);
  if (kind !== FrameKind.DATA && connection.state === 'open') connection.emit('control', kind, payload);
}
