// One TCP connection as a heartwire Connection: frames in through the incremental decoder, frames
// out as header + payload without copying the payload, a bounded send buffer, and an orderly close
// (CLOSE frame, flush with a bound, FIN) that reports its reason exactly once.
//
// Outbound frames are batched so that a burst reaches the kernel in one write. What listeners send
// while inbound frames are being delivered (a PONG for a PING, the reply to a request) is written
// straight after the chunk is handled, like a hand-written echo server (no cork, no next-tick
// callback), and every DELIVERY_FLUSH_BYTES during a long chunk, so that the peer works on the
// first replies while the rest are being made. Frames sent from anywhere else (timers, promise
// continuations) are gathered until the next tick and written then, but for one case: in lockstep
// (the last inbound chunk held a single frame) the first frame sent after it, with nothing queued,
// is written at once, as a request made in answer to a response wants. The socket is corked only
// when a tick's frames span more than one buffer (a large payload written by reference, a run
// another connection interrupted), so that they still reach the kernel in one writev.

import { Buffer } from 'node:buffer';
import type { Socket } from 'node:net';
import { nextTick } from 'node:process';
import {
  type CloseInfo,
  type Connection,
  ConnectionClosedError,
  DisconnectReason,
  decodeClose,
  ErrorCodes,
  emitFrame,
  encodeClose,
  FrameDecoder,
  FrameKind,
  HeartwireError,
  type ProtocolError,
  STREAM_HEADER_BYTES,
} from '@heartwire/protocol';
import createDebug from 'debug';
import { ConnectionBase } from './connection-base.js';
import { nextConnectionId } from './ids.js';
import type { ResolvedTcpOptions } from './options.js';
import type { ReadBuffers } from './read-buffers.js';
import type { TransportStats } from './stats.js';
import { COPY_THRESHOLD_BYTES, WriteBatch } from './write-batch.js';

const debug = createDebug('heartwire:transport:tcp');
const EMPTY = Buffer.alloc(0);

/**
 * Replies made while one chunk is delivered are written whenever this many bytes are pending, not
 * only at the chunk's end. A chunk of a few hundred pipelined requests otherwise turns into one
 * large reply after all of them were handled, and the two ends take turns instead of working at
 * the same time: measured with 256 calls in flight (apps/bench rpc-unary), writing every 8 KiB
 * gave about 1.4 to 1.8 times the calls per second at the same CPU per call. A write per 8 KiB
 * costs little next to the work of the hundred or so replies it carries.
 */
export const DELIVERY_FLUSH_BYTES = 8 * 1024;

/** The libuv stream handle fields we read for `bytesFlushed`; private to Node, so each is checked. */
interface StreamHandle {
  readonly bytesWritten?: unknown;
  readonly writeQueueSize?: unknown;
}

/** The socket's link back to its connection, read by the shared listeners. */
const kConnection = Symbol('heartwire.tcpConnection');
type OwnedSocket = Socket & { [kConnection]: TcpConnection };

export interface TcpConnectionInit {
  readonly options: ResolvedTcpOptions;
  readonly stats: TransportStats;
  /** Called once, just before `close` is emitted (the engine forgets the connection). */
  readonly onClosed?: (connection: TcpConnection) => void;
  /**
   * The socket reads through `onread` into these buffers (see read-buffers.ts) rather than emitting
   * 'data'. Only a socket we create can: net.Server takes no `onread` for the sockets it accepts.
   */
  readonly reads?: ReadBuffers;
}

export class TcpConnection extends ConnectionBase implements Connection {
  readonly transport = 'tcp' as const;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly maxPayloadBytes: number;
  readonly #socket: Socket;
  /** Made the first time a chunk ends inside a frame: whole frames never need it. */
  #decoder: FrameDecoder | undefined;
  readonly #options: ResolvedTcpOptions;
  readonly #stats: TransportStats;
  readonly #onClosed: ((connection: TcpConnection) => void) | undefined;
  #bytesReceived = 0;
  #bytesSent = 0;
  #bytesFlushed = 0;
  /** A next-tick flush of the batch is queued (#flushTick). */
  #flushQueued = false;
  /** The socket is corked, until #flushTick. */
  #socketCorked = false;
  /** Inbound frames are being handed to listeners: what they send is written once, afterwards. */
  #delivering = false;
  readonly #batch = new WriteBatch();
  #needDrain = false;
  /** Inbound chunks so far, and the count when a frame was last written at once (see #write). */
  #chunks = 0;
  #directWriteChunk = -1;
  /** Frames delivered from the chunk being handled, and from the last one. */
  #chunkFrames = 0;
  #lastChunkFrames = 0;
  #closeTimer: NodeJS.Timeout | undefined;
  #socketError: Error | undefined;

  constructor(socket: Socket, init: TcpConnectionInit) {
    super(nextConnectionId('tcp'));
    this.#socket = socket;
    this.#options = init.options;
    this.#stats = init.stats;
    this.#onClosed = init.onClosed;
    this.maxPayloadBytes = init.options.maxFrameBytes - 1;
    this.remoteAddress = socket.remoteAddress ?? '';
    this.remotePort = socket.remotePort ?? 0;
    socket.setNoDelay(true);
    socket.setKeepAlive(init.options.keepAlive, init.options.keepAliveInitialDelayMs);
    // One set of listener functions for every connection (the socket is `this`; it knows its
    // connection), not a closure per connection per event.
    (socket as OwnedSocket)[kConnection] = this;
    const listeners = TcpConnection.#socketListeners;
    if (init.reads) init.reads.attach((chunk) => this.#onData(chunk));
    else socket.on('data', listeners.data);
    socket.on('drain', listeners.drain);
    socket.on('error', listeners.error);
    socket.on('close', listeners.close);
    socket.on('finish', listeners.finish);
    if (socket.destroyed) queueMicrotask(() => this.#onSocketClose());
  }

  /** The socket listeners: the socket is `this`, and it knows its connection. */
  static readonly #socketListeners = {
    data(this: OwnedSocket, chunk: Buffer): void {
      this[kConnection].#onData(chunk);
    },
    drain(this: OwnedSocket): void {
      this[kConnection].#onDrain();
    },
    error(this: OwnedSocket, error: Error): void {
      this[kConnection].#onError(error);
    },
    close(this: OwnedSocket): void {
      this[kConnection].#onSocketClose();
    },
    finish(this: OwnedSocket): void {
      this[kConnection].#onFinish();
    },
  };

  static #flushLater(connection: TcpConnection): void {
    connection.#flushTick();
  }

  get bytesReceived(): number {
    return this.#bytesReceived;
  }

  get bytesSent(): number {
    return this.#bytesSent;
  }

  /**
   * Bytes handed to the kernel. Node's own `socket.bytesWritten` counts bytes still in its buffer,
   * and `writableLength` only drops when a whole write completes, so a large frame draining towards
   * a slow peer would look stalled. The libuv handle knows better: its `bytesWritten` (dispatched to
   * libuv) minus `writeQueueSize` (not yet accepted by the kernel) advances with every partial
   * write. Once the handle is gone the last value stays (or `bytesSent`, if everything was flushed
   * before the socket finished). Never goes backwards, never exceeds `bytesSent`.
   *
   * The common case is answered without touching the handle: when neither our batch nor Node's
   * buffer holds anything, every byte sent is in the kernel (Node counts a write until it completes).
   */
  get bytesFlushed(): number {
    if (this.#bytesFlushed === this.#bytesSent) return this.#bytesFlushed;
    const socket = this.#socket;
    if (!socket.destroyed && socket.writableLength === 0 && this.#batch.pendingBytes === 0) {
      this.#bytesFlushed = this.#bytesSent;
      return this.#bytesFlushed;
    }
    const handle = (this.#socket as unknown as { _handle?: StreamHandle | null })._handle;
    if (handle && typeof handle.bytesWritten === 'number' && typeof handle.writeQueueSize === 'number') {
      const flushed = Math.min(handle.bytesWritten - handle.writeQueueSize, this.#bytesSent);
      if (flushed > this.#bytesFlushed) this.#bytesFlushed = flushed;
    }
    return this.#bytesFlushed;
  }

  send(kind: FrameKind, payload: Uint8Array = EMPTY): boolean {
    if (this.state !== 'open') throw new ConnectionClosedError(`connection ${this.id} is ${this.state}`);
    if (payload.length > this.maxPayloadBytes) {
      throw new HeartwireError(
        ErrorCodes.PAYLOAD_TOO_LARGE,
        `payload of ${payload.length} bytes exceeds the maximum of ${this.maxPayloadBytes}`,
      );
    }
    const queued =
      this.#socket.writableLength + this.#batch.pendingBytes + STREAM_HEADER_BYTES + payload.length;
    if (queued > this.#options.maxSendBufferBytes) {
      this.#stats.sendBufferOverflows += 1;
      const message = `send buffer would exceed ${this.#options.maxSendBufferBytes} bytes: the peer reads too slowly`;
      debug('%s %s', this.id, message);
      this.destroy(DisconnectReason.SEND_BUFFER_OVERFLOW, message);
      throw new ConnectionClosedError(`connection ${this.id} destroyed: ${message}`);
    }
    this.#write(kind, payload);
    if (queued < this.#options.sendHighWaterMarkBytes) return true;
    this.#needDrain = true;
    return false;
  }

  close(reason: DisconnectReason = DisconnectReason.CLOSED, message = ''): Promise<void> {
    if (!this.beginClose(reason, message, 'local')) return this.closedPromise;
    debug('%s close: %s %s', this.id, reason, message);
    this.#endGracefully(true, reason, message);
    return this.closedPromise;
  }

  destroy(reason: DisconnectReason = DisconnectReason.CLOSED, message = ''): void {
    if (this.state === 'closed') return;
    this.beginClose(reason, message, 'local');
    debug('%s destroy: %s %s', this.id, reason, message);
    this.#socket.destroy();
  }

  protected onFinished(info: CloseInfo): void {
    debug('%s closed: %s (%s) %s', this.id, info.reason, info.initiator, info.message);
    this.#onClosed?.(this);
  }

  /**
   * Queues a frame. Headers (and payloads up to COPY_THRESHOLD_BYTES) go into a shared slab run; a
   * larger payload is never copied: it is written by reference right after its header. During
   * delivery the run is written every DELIVERY_FLUSH_BYTES and when the chunk is done (#onData);
   * otherwise, or for a payload written by reference, it is written on the next tick. Only when the
   * tick's frames span several buffers is the socket corked until then, so that they still reach
   * the kernel in one writev, in order: corking a socket for one buffer costs Node's buffered-write
   * path (a queue entry, then clearBuffer on uncork) on every tick of every connection.
   */
  #write(kind: FrameKind, payload: Uint8Array): void {
    const socket = this.#socket;
    const small = payload.length <= COPY_THRESHOLD_BYTES;
    if (
      small &&
      !this.#flushQueued &&
      !this.#delivering &&
      this.#lastChunkFrames === 1 &&
      this.#directWriteChunk !== this.#chunks &&
      this.#batch.pendingBytes === 0 &&
      socket.writableLength === 0
    ) {
      // Lockstep (the last inbound chunk held one frame), and the first frame sent since, with
      // nothing queued before it: a request made in answer to a response, written at once rather
      // than a tick later under a cork. Pipelined traffic (chunks of many frames) keeps the cork,
      // which gathers the tick's frames into one write: writing the first of them alone made the
      // peer read twice per turn (apps/bench rpc-unary: 0.8 → 0.5 M calls/s).
      this.#directWriteChunk = this.#chunks;
      this.#batch.append(kind, payload, true);
      socket.write(this.#batch.take()!);
      this.#bytesSent += STREAM_HEADER_BYTES + payload.length;
      return;
    }
    const before = this.#batch.append(kind, payload, small);
    // During delivery a run that could not continue in place (`before`) is simply written: it is
    // all that was pending, so order holds without a cork.
    if (!this.#delivering || !small) {
      if (!this.#flushQueued) {
        this.#flushQueued = true;
        nextTick(TcpConnection.#flushLater, this);
      }
      if ((before !== undefined || !small) && !this.#socketCorked) {
        this.#socketCorked = true;
        socket.cork();
      }
    }
    if (before) socket.write(before);
    if (!small) {
      socket.write(this.#batch.take()!);
      socket.write(payload);
    }
    this.#bytesSent += STREAM_HEADER_BYTES + payload.length;
  }

  /** Bytes queued towards the peer and not yet accepted by the kernel (our batch + Node's buffer). */
  #queuedBytes(): number {
    return this.#socket.writableLength + this.#batch.pendingBytes;
  }

  #flushBatch(): void {
    const run = this.#batch.take();
    if (run) this.#socket.write(run);
  }

  #flushTick(): void {
    this.#flushQueued = false;
    const corked = this.#socketCorked;
    this.#socketCorked = false;
    const socket = this.#socket;
    if (socket.destroyed) return;
    this.#flushBatch();
    if (corked) socket.uncork();
    this.#drainIfBelowMark();
  }

  /** What listeners sent during delivery, in one write (no flush is queued: see #write). */
  #flushDelivered(): void {
    if (this.#batch.pendingBytes === 0) return;
    if (this.#socket.destroyed) {
      this.#batch.take();
      return;
    }
    this.#flushBatch();
    this.#drainIfBelowMark();
  }

  /**
   * The socket shares our high-water mark and emits 'drain' itself when it was over it; this covers
   * the case where everything was flushed before it ever was.
   */
  #drainIfBelowMark(): void {
    if (
      this.#needDrain &&
      !this.#socket.writableNeedDrain &&
      this.#queuedBytes() < this.#options.sendHighWaterMarkBytes
    ) {
      this.#onDrain();
    }
  }

  /** Optionally writes CLOSE, then FIN; destroys the socket if that does not finish in time. */
  #endGracefully(sendCloseFrame: boolean, reason: DisconnectReason, message: string): void {
    const socket = this.#socket;
    if (!socket.destroyed && socket.writable && !socket.writableEnded) {
      if (sendCloseFrame) this.#write(FrameKind.CLOSE, encodeClose(reason, message));
      this.#flushBatch();
      socket.end();
    } else if (!socket.destroyed && socket.writableEnded) {
      // Our FIN is already out; the peer's FIN or the timer completes the close.
    } else {
      socket.destroy();
    }
    this.#closeTimer ??= setTimeout(() => {
      debug('%s close not finished after %d ms: destroying', this.id, this.#options.closeTimeoutMs);
      socket.destroy();
    }, this.#options.closeTimeoutMs);
    this.#closeTimer.unref();
  }

  #onData(chunk: Buffer): void {
    // Liveness counts bytes as they arrive, before any frame is complete.
    this.#bytesReceived += chunk.length;
    this.#chunks++;
    this.#chunkFrames = 0;
    if (this.#decoder?.error) return;
    this.#delivering = true;
    try {
      this.#receive(chunk);
    } finally {
      this.#lastChunkFrames = this.#chunkFrames;
      this.#delivering = false;
      if (!this.#flushQueued) this.#flushDelivered();
    }
  }

  #receive(chunk: Buffer): void {
    let offset = 0;
    if (this.#decoder === undefined || this.#decoder.bufferedBytes === 0) {
      // Fast path: whole, plainly valid frames at the start of a chunk are delivered in place, with
      // no per-frame objects. Anything else (a partial frame, a bad header) goes to the decoder,
      // which owns partial frames and reports errors.
      const max = this.#options.maxFrameBytes;
      const size = chunk.length;
      // Payload views are made on the chunk's ArrayBuffer, read once: `subarray` reads `.buffer`
      // again for every view, a call into V8's C++ runtime on Node 20 (about 20 ns of a view's 60).
      let memory: ArrayBuffer | undefined;
      let base = 0;
      while (size - offset >= STREAM_HEADER_BYTES) {
        const length =
          chunk[offset]! * 0x1000000 +
          ((chunk[offset + 1]! << 16) | (chunk[offset + 2]! << 8) | chunk[offset + 3]!);
        const kind = chunk[offset + 4]!;
        const end = offset + 4 + length;
        if (length === 0 || length > max || end > size || kind < FrameKind.DATA || kind > FrameKind.CLOSE)
          break;
        if (memory === undefined) {
          memory = chunk.buffer as ArrayBuffer;
          base = chunk.byteOffset;
        }
        const payload = Buffer.from(memory, base + offset + STREAM_HEADER_BYTES, length - 1);
        if (!this.#deliver(kind as FrameKind, payload)) return;
        offset = end;
      }
      if (offset === size) return;
    }
    this.#decoder ??= new FrameDecoder({ maxFrameBytes: this.#options.maxFrameBytes });
    const { frames, error } = this.#decoder.push(offset === 0 ? chunk : chunk.subarray(offset));
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i]!;
      if (!this.#deliver(frame.kind, frame.payload)) return;
    }
    if (error) this.#onProtocolError(error);
  }

  /** Hands one frame on; false once the connection stopped taking frames (CLOSE received, or closing). */
  #deliver(kind: FrameKind, payload: Buffer): boolean {
    if (kind === FrameKind.CLOSE) {
      this.#onCloseFrame(payload);
      return false;
    }
    if (this.state !== 'open') return false;
    this.#chunkFrames++;
    emitFrame(this, kind, payload);
    if (!this.#flushQueued && this.#batch.pendingBytes >= DELIVERY_FLUSH_BYTES) this.#flushDelivered();
    return true;
  }

  #onCloseFrame(payload: Buffer): void {
    const close = decodeClose(payload);
    let began: boolean;
    if (close instanceof Error) {
      this.#stats.invalidMessages += 1;
      began = this.beginClose(DisconnectReason.INVALID_MESSAGE, close.message, 'remote');
    } else {
      began = this.beginClose(close.reason, close.message, 'remote');
    }
    if (began) {
      debug('%s CLOSE received: %s', this.id, this.pendingCloseInfo?.reason);
      this.#endGracefully(false, DisconnectReason.CLOSED, '');
    }
  }

  #onProtocolError(error: ProtocolError): void {
    this.#stats.invalidMessages += 1;
    debug('%s invalid bytes from %s:%d: %s', this.id, this.remoteAddress, this.remotePort, error.message);
    void this.close(DisconnectReason.INVALID_MESSAGE, error.message);
  }

  #onDrain(): void {
    if (!this.#needDrain || this.state !== 'open') return;
    this.#needDrain = false;
    this.emit('drain');
  }

  #onError(error: Error): void {
    // 'close' always follows; the error only lends its text to the close reason.
    this.#stats.socketErrors += 1;
    this.#socketError ??= error;
    debug('%s socket error: %s', this.id, error.message);
  }

  /**
   * Our CLOSE frame (if any) and FIN are in the kernel: the connection is closed for the layers
   * above. The socket itself lingers, still reading and discarding, until the peer's FIN or
   * closeTimeoutMs, so that the peer gets to read our CLOSE frame before any reset.
   */
  #onFinish(): void {
    this.#bytesFlushed = this.#bytesSent;
    const info = this.pendingCloseInfo;
    if (info) this.finish(info);
  }

  #onSocketClose(): void {
    if (this.#closeTimer) clearTimeout(this.#closeTimer);
    this.finish({
      reason: DisconnectReason.NETWORK_INTERRUPTED,
      message: this.#socketError?.message ?? 'connection ended by the peer without a CLOSE frame',
      initiator: 'remote',
    });
  }
}
