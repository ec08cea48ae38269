import {
  ErrorCodes,
  encodeFrame,
  encodeFrameHeader,
  type Frame,
  FrameDecoder,
  FrameKind,
  ProtocolError,
  STREAM_HEADER_BYTES,
} from '@heartwire/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const kinds = [FrameKind.DATA, FrameKind.PING, FrameKind.PONG, FrameKind.CLOSE] as const;

function sample(): { kind: FrameKind; payload: Buffer }[] {
  return [
    { kind: FrameKind.DATA, payload: Buffer.alloc(0) },
    { kind: FrameKind.PING, payload: Buffer.from([0, 0, 0, 7]) },
    { kind: FrameKind.DATA, payload: Buffer.from('héllo wire', 'utf8') },
    { kind: FrameKind.PONG, payload: Buffer.from([0xff, 0xff, 0xff, 0xff]) },
    { kind: FrameKind.DATA, payload: Buffer.alloc(300, 0xab) },
    { kind: FrameKind.CLOSE, payload: Buffer.from([0x03, 0xe9, 0x62, 0x79, 0x65]) },
  ];
}

function decodeAll(decoder: FrameDecoder, chunks: Buffer[]): Frame[] {
  const out: Frame[] = [];
  for (const chunk of chunks) {
    const result = decoder.push(chunk);
    expect(result.error).toBeUndefined();
    // Copy: views stay valid, but copying proves the content at the moment it was emitted.
    for (const frame of result.frames) out.push({ kind: frame.kind, payload: Buffer.from(frame.payload) });
  }
  return out;
}

function plain(frames: readonly Frame[]) {
  return frames.map((f) => ({ kind: f.kind, payload: f.payload.toString('hex') }));
}

describe('encodeFrame', () => {
  it('lays out u32 BE length (kind + payload), u8 kind, payload', () => {
    const frame = encodeFrame(FrameKind.DATA, Buffer.from([0xaa, 0xbb]));
    expect(frame.toString('hex')).toBe('0000000301aabb');
    expect(encodeFrame(FrameKind.PING).toString('hex')).toBe('0000000102');
  });

  it('header alone equals the first bytes of the whole frame', () => {
    const payload = Buffer.alloc(70_000, 1);
    expect(encodeFrameHeader(FrameKind.DATA, payload.byteLength)).toEqual(
      encodeFrame(FrameKind.DATA, payload).subarray(0, STREAM_HEADER_BYTES),
    );
  });
});

describe('FrameDecoder', () => {
  const frames = sample();
  const stream = Buffer.concat(frames.map((f) => encodeFrame(f.kind, f.payload)));
  const expected = plain(frames);

  it('decodes many frames from one chunk', () => {
    expect(plain(decodeAll(new FrameDecoder(), [stream]))).toEqual(expected);
  });

  it('decodes the stream fed one byte at a time', () => {
    const chunks = [...stream].map((b) => Buffer.from([b]));
    expect(plain(decodeAll(new FrameDecoder(), chunks))).toEqual(expected);
  });

  it('decodes the stream split in two at every byte boundary', () => {
    for (let at = 0; at <= stream.byteLength; at++) {
      const decoder = new FrameDecoder();
      const got = decodeAll(decoder, [stream.subarray(0, at), stream.subarray(at)]);
      expect(plain(got), `split at ${at}`).toEqual(expected);
      expect(decoder.bufferedBytes).toBe(0);
    }
  });

  it('decodes the stream split in three at every pair of boundaries', () => {
    const small = Buffer.concat(frames.slice(0, 4).map((f) => encodeFrame(f.kind, f.payload)));
    const want = plain(frames.slice(0, 4));
    for (let i = 0; i <= small.byteLength; i++) {
      for (let j = i; j <= small.byteLength; j++) {
        const got = decodeAll(new FrameDecoder(), [
          small.subarray(0, i),
          small.subarray(i, j),
          small.subarray(j),
        ]);
        expect(plain(got)).toEqual(want);
      }
    }
  });

  it('keeps whole-frame payloads as views into the chunk (no copy on the fast path)', () => {
    const chunk = encodeFrame(FrameKind.DATA, Buffer.from('abc'));
    const [frame] = new FrameDecoder().push(chunk).frames;
    expect(frame?.payload.buffer).toBe(chunk.buffer);
  });

  it('accepts a frame of exactly maxFrameBytes and rejects one byte more', () => {
    const ok = new FrameDecoder({ maxFrameBytes: 11 }).push(encodeFrame(FrameKind.DATA, Buffer.alloc(10)));
    expect(ok.error).toBeUndefined();
    expect(ok.frames).toHaveLength(1);
    const bad = new FrameDecoder({ maxFrameBytes: 11 }).push(encodeFrame(FrameKind.DATA, Buffer.alloc(11)));
    expect(bad.error).toBeInstanceOf(ProtocolError);
    expect(bad.error?.code).toBe(ErrorCodes.FRAME_TOO_LARGE);
  });

  it('rejects an oversized length as soon as its 4 bytes are in, before the payload arrives', () => {
    const decoder = new FrameDecoder({ maxFrameBytes: 1024 });
    expect(decoder.push(Buffer.from([0x7f, 0xff])).error).toBeUndefined();
    const result = decoder.push(Buffer.from([0xff, 0xff]));
    expect(result.error?.code).toBe(ErrorCodes.FRAME_TOO_LARGE);
    expect(decoder.bufferedBytes).toBe(0);
  });

  it('rejects length 0 and unknown kinds, keeping the frames before them', () => {
    const good = encodeFrame(FrameKind.DATA, Buffer.from([1]));
    const zero = new FrameDecoder().push(Buffer.concat([good, Buffer.from([0, 0, 0, 0, 1])]));
    expect(zero.frames).toHaveLength(1);
    expect(zero.error?.code).toBe(ErrorCodes.INVALID_FRAME);

    const unknown = new FrameDecoder().push(Buffer.concat([good, Buffer.from([0, 0, 0, 1, 0x7e])]));
    expect(unknown.frames).toHaveLength(1);
    expect(unknown.error?.code).toBe(ErrorCodes.UNKNOWN_FRAME_KIND);
    // UDP-only kinds are not valid on a stream.
    expect(new FrameDecoder().push(encodeFrame(FrameKind.SESSION_OPEN)).error?.code).toBe(
      ErrorCodes.UNKNOWN_FRAME_KIND,
    );
  });

  it('detects an unknown kind when the header arrives split', () => {
    const decoder = new FrameDecoder();
    expect(decoder.push(Buffer.from([0, 0, 0])).error).toBeUndefined();
    expect(decoder.push(Buffer.from([5])).error).toBeUndefined();
    expect(decoder.push(Buffer.from([0x99, 1, 2])).error?.code).toBe(ErrorCodes.UNKNOWN_FRAME_KIND);
  });

  it('stays poisoned after an error and never throws', () => {
    const decoder = new FrameDecoder();
    const first = decoder.push(Buffer.from([0, 0, 0, 0, 1]));
    expect(first.error).toBeDefined();
    const again = decoder.push(encodeFrame(FrameKind.DATA));
    expect(again.frames).toHaveLength(0);
    expect(again.error).toBe(first.error);
    expect(decoder.error).toBe(first.error);
  });

  it('decodes a 4 MiB frame fed in 64 KiB chunks', () => {
    const payload = Buffer.alloc(4 * 1024 * 1024 - 1);
    for (let i = 0; i < payload.length; i += 4096) payload[i] = i & 0xff;
    const wire = encodeFrame(FrameKind.DATA, payload);
    const decoder = new FrameDecoder();
    const out: Frame[] = [];
    for (let i = 0; i < wire.byteLength; i += 65_536)
      out.push(...decoder.push(wire.subarray(i, i + 65_536)).frames);
    expect(out).toHaveLength(1);
    expect(out[0]!.payload.equals(payload)).toBe(true);
  });

  it('validates its own options', () => {
    expect(() => new FrameDecoder({ maxFrameBytes: 0 })).toThrow(RangeError);
    expect(() => new FrameDecoder({ maxFrameBytes: 1.5 })).toThrow(RangeError);
  });
});

describe('FrameDecoder under fuzzing', () => {
  const frameArb = fc.record({
    kind: fc.constantFrom(...kinds),
    payload: fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
  });

  it('any valid stream, split anywhere, decodes to the frames that were encoded', () => {
    fc.assert(
      fc.property(
        fc.array(frameArb, { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (frames, cuts) => {
          const wire = Buffer.concat(frames.map((f) => encodeFrame(f.kind, f.payload)));
          const points = [...new Set(cuts.map((c) => (wire.byteLength ? c % wire.byteLength : 0)))].sort(
            (a, b) => a - b,
          );
          const chunks: Buffer[] = [];
          let last = 0;
          for (const p of points) {
            chunks.push(wire.subarray(last, p));
            last = p;
          }
          chunks.push(wire.subarray(last));
          expect(plain(decodeAll(new FrameDecoder(), chunks))).toEqual(plain(frames));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('garbage never throws, and never holds more than maxFrameBytes + header', () => {
    const maxFrameBytes = 512;
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 700 }), { maxLength: 12 }), (chunks) => {
        const decoder = new FrameDecoder({ maxFrameBytes });
        for (const chunk of chunks) {
          const result = decoder.push(chunk);
          expect(Array.isArray(result.frames)).toBe(true);
          for (const frame of result.frames) expect(frame.payload.byteLength).toBeLessThan(maxFrameBytes);
          if (result.error) expect(result.error).toBeInstanceOf(ProtocolError);
          expect(decoder.bufferedBytes).toBeLessThanOrEqual(maxFrameBytes + 4);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a valid frame after random garbage prefix either decodes or is reported, never throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), frameArb, (garbage, frame) => {
        const decoder = new FrameDecoder({ maxFrameBytes: 1024 });
        const result = decoder.push(Buffer.concat([garbage, encodeFrame(frame.kind, frame.payload)]));
        expect(result.error === undefined || result.error instanceof ProtocolError).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
