// The incremental TCP frame decoder: pure (no I/O, no timers), fed chunks split anywhere, returns
// whole frames. It never throws on bad input and never allocates a buffer sized by a length it has
// not checked against maxFrameBytes: a partial frame is kept as the chunks that arrived, and they
// are joined only once the whole frame is there.

import { Buffer } from 'node:buffer';
import { ErrorCodes, ProtocolError } from './errors.js';
import { DEFAULT_MAX_FRAME_BYTES, type Frame, STREAM_HEADER_BYTES } from './frame.js';
import { frameKindName, isStreamFrameKind } from './frame-kinds.js';

export interface FrameDecoderOptions {
  /** Largest frame accepted (kind byte + payload). Default 4 MiB. */
  readonly maxFrameBytes?: number;
}

export interface DecodeResult {
  /** Frames completed by this chunk, in order. Payloads may be views into the chunk passed in. */
  readonly frames: Frame[];
  /** Set once the stream is bad; frames decoded before the bad bytes are still returned. */
  readonly error: ProtocolError | undefined;
}

const LENGTH_BYTES = 4;

export class FrameDecoder {
  readonly maxFrameBytes: number;
  /** Chunks of an incomplete frame, oldest first; together `#pendingBytes` long. */
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  /** Length field of the frame in progress once its 4 bytes are known, else -1. */
  #length = -1;
  #error: ProtocolError | undefined;

  constructor(options: FrameDecoderOptions = {}) {
    const max = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    if (!Number.isInteger(max) || max < 1 || max > 0xffffffff) {
      throw new RangeError(`maxFrameBytes must be an integer from 1 to 2^32-1, got ${max}`);
    }
    this.maxFrameBytes = max;
  }

  /** The error that poisoned this decoder, if any. After it, push() only repeats it. */
  get error(): ProtocolError | undefined {
    return this.#error;
  }

  /** Bytes held for a frame not yet complete. */
  get bufferedBytes(): number {
    return this.#pendingBytes;
  }

  push(chunk: Uint8Array): DecodeResult {
    const frames: Frame[] = [];
    if (this.#error) return { frames, error: this.#error };
    let buf = chunk instanceof Buffer ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    if (this.#pendingBytes > 0) {
      buf = this.#continuePending(buf, frames);
      if (this.#error) return { frames, error: this.#error };
    }
    // Fast path: whole frames parsed in place, payloads are views into the chunk.
    let offset = 0;
    while (buf.length - offset >= STREAM_HEADER_BYTES) {
      const length = buf.readUInt32BE(offset);
      const kind = buf[offset + LENGTH_BYTES]!;
      if (this.#invalid(length, kind)) return { frames, error: this.#error };
      const end = offset + LENGTH_BYTES + length;
      if (end > buf.length) break;
      frames.push({ kind: kind as Frame['kind'], payload: buf.subarray(offset + STREAM_HEADER_BYTES, end) });
      offset = end;
    }
    if (offset < buf.length) this.#hold(buf.subarray(offset));
    return { frames, error: this.#error };
  }

  /** Feeds `buf` into the frame in progress; emits it when complete; returns the unused rest of `buf`. */
  #continuePending(buf: Buffer, frames: Frame[]): Buffer {
    if (this.#pendingBytes < STREAM_HEADER_BYTES) {
      const take = Math.min(STREAM_HEADER_BYTES - this.#pendingBytes, buf.length);
      this.#hold(buf.subarray(0, take));
      buf = buf.subarray(take);
      if (this.#error || this.#pendingBytes < STREAM_HEADER_BYTES) return buf;
    }
    const total = LENGTH_BYTES + this.#length;
    const need = total - this.#pendingBytes;
    if (buf.length < need) {
      this.#hold(buf);
      return buf.subarray(buf.length);
    }
    this.#pending.push(buf.subarray(0, need));
    const whole = this.#pending.length === 1 ? this.#pending[0]! : Buffer.concat(this.#pending, total);
    frames.push({ kind: whole[LENGTH_BYTES] as Frame['kind'], payload: whole.subarray(STREAM_HEADER_BYTES) });
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#length = -1;
    return buf.subarray(need);
  }

  /** Keeps bytes of an incomplete frame, validating its header as soon as enough of it is known. */
  #hold(bytes: Buffer): void {
    if (bytes.length === 0) return;
    const before = this.#pendingBytes;
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
    if (before >= STREAM_HEADER_BYTES) return;
    const head = this.#pending.length === 1 ? bytes : Buffer.concat(this.#pending);
    if (head.length >= LENGTH_BYTES) this.#length = head.readUInt32BE(0);
    if (this.#length >= 0)
      this.#invalid(this.#length, head.length > LENGTH_BYTES ? head[LENGTH_BYTES] : undefined);
  }

  /** Checks a header (the kind once known); on bad values poisons the decoder and returns true. */
  #invalid(length: number, kind: number | undefined): boolean {
    if (length === 0) {
      this.#error = new ProtocolError(
        ErrorCodes.INVALID_FRAME,
        'frame length 0: a frame holds at least its kind byte',
      );
    } else if (length > this.maxFrameBytes) {
      this.#error = new ProtocolError(
        ErrorCodes.FRAME_TOO_LARGE,
        `frame of ${length} bytes exceeds the maximum of ${this.maxFrameBytes}`,
      );
    } else if (kind !== undefined && !isStreamFrameKind(kind)) {
      this.#error = new ProtocolError(
        ErrorCodes.UNKNOWN_FRAME_KIND,
        `unknown frame kind ${frameKindName(kind)}`,
      );
    } else {
      return false;
    }
    this.#pending = [];
    this.#pendingBytes = 0;
    return true;
  }
}
