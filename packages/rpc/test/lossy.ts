// A Connection wrapper that loses a share of the DATA frames it sends: put one on each side of a
// real UDP session for loss in both directions. Everything else is passed through unchanged.
import { EventEmitter } from 'node:events';
import type { Connection, ConnectionEvents, FrameKind } from '@heartwire/protocol';
import { FrameKind as Kinds } from '@heartwire/protocol';

export class LossyConnection extends EventEmitter<ConnectionEvents> implements Connection {
  dropped = 0;
  passed = 0;

  constructor(
    readonly inner: Connection,
    private readonly lossRate: number,
    private readonly random: () => number = Math.random,
  ) {
    super();
    inner.on('frame', (kind, payload) => this.emit('frame', kind, payload));
    inner.on('control', (kind, payload) => this.emit('control', kind, payload));
    inner.on('drain', () => this.emit('drain'));
    inner.on('close', (info) => this.emit('close', info));
  }

  get id() {
    return this.inner.id;
  }
  get transport() {
    return this.inner.transport;
  }
  get remoteAddress() {
    return this.inner.remoteAddress;
  }
  get remotePort() {
    return this.inner.remotePort;
  }
  get state() {
    return this.inner.state;
  }
  get maxPayloadBytes() {
    return this.inner.maxPayloadBytes;
  }
  get bytesReceived() {
    return this.inner.bytesReceived;
  }
  get bytesSent() {
    return this.inner.bytesSent;
  }
  get bytesFlushed() {
    return this.inner.bytesFlushed;
  }

  send(kind: FrameKind, payload?: Uint8Array): boolean {
    if (kind === Kinds.DATA && this.inner.state === 'open' && this.random() < this.lossRate) {
      this.dropped++;
      return true;
    }
    this.passed++;
    return this.inner.send(kind, payload);
  }

  close(...args: Parameters<Connection['close']>) {
    return this.inner.close(...args);
  }

  destroy(...args: Parameters<Connection['destroy']>) {
    this.inner.destroy(...args);
  }

  [Symbol.asyncDispose]() {
    return this.inner.close();
  }
}

/** A small seeded generator, so a failing run can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}
