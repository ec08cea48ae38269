import {
  CloseCode,
  checkDatagram,
  DATAGRAM_HEADER_BYTES,
  DisconnectReason,
  datagramHasToken,
  datagramTokenHash,
  decodeClose,
  decodeDatagram,
  decodePing,
  ErrorCodes,
  encodeClose,
  encodeDatagram,
  encodePing,
  encodePong,
  FrameKind,
  isDisconnectReason,
  MAX_CLOSE_TEXT_BYTES,
  ProtocolError,
  reasonFromCloseCode,
  sessionTokenHash,
} from '@heartwire/protocol';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('PING / PONG payload', () => {
  it('is a u32 BE sequence number', () => {
    expect(encodePing(258).toString('hex')).toBe('00000102');
    expect(encodePong(0xffffffff).toString('hex')).toBe('ffffffff');
    expect(decodePing(Buffer.from('00000102', 'hex'))).toBe(258);
  });

  it('wraps sequences above u32 and rejects payloads of the wrong size', () => {
    expect(decodePing(encodePing(2 ** 32 + 5))).toBe(5);
    expect(decodePing(Buffer.alloc(3))).toBeInstanceOf(ProtocolError);
    expect(decodePing(Buffer.alloc(5))).toBeInstanceOf(ProtocolError);
  });
});

describe('CLOSE payload', () => {
  it('round-trips every reason with its code and text', () => {
    for (const reason of Object.values(DisconnectReason)) {
      const decoded = decodeClose(encodeClose(reason, `because ${reason} ✓`));
      expect(decoded).toEqual({ code: CloseCode[reason], reason, message: `because ${reason} ✓` });
    }
  });

  it('lays out u16 BE code then UTF-8 text', () => {
    expect(encodeClose('heartbeat-timeout', 'hi').toString('hex')).toBe('03ea6869');
  });

  it('cuts long texts on a character boundary', () => {
    const long = 'é'.repeat(MAX_CLOSE_TEXT_BYTES); // 2 bytes each
    const payload = encodeClose('kicked-out', long);
    expect(payload.byteLength).toBeLessThanOrEqual(2 + MAX_CLOSE_TEXT_BYTES);
    const decoded = decodeClose(payload);
    expect(decoded).not.toBeInstanceOf(ProtocolError);
    expect((decoded as { message: string }).message).toBe('é'.repeat(MAX_CLOSE_TEXT_BYTES / 2));
  });

  it('reads an unknown code as `closed`, keeping the code', () => {
    expect(decodeClose(Buffer.from([0x13, 0x88]))).toEqual({ code: 5000, reason: 'closed', message: '' });
    expect(reasonFromCloseCode(1)).toBe('closed');
  });

  it('rejects short, oversized and non-UTF-8 payloads', () => {
    expect(decodeClose(Buffer.alloc(1))).toBeInstanceOf(ProtocolError);
    expect(decodeClose(Buffer.alloc(3 + MAX_CLOSE_TEXT_BYTES))).toBeInstanceOf(ProtocolError);
    expect(decodeClose(Buffer.from([0x03, 0xe8, 0xff, 0xfe]))).toBeInstanceOf(ProtocolError);
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1100 }), (bytes) => {
        const decoded = decodeClose(bytes);
        if (!(decoded instanceof ProtocolError)) expect(isDisconnectReason(decoded.reason)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reasons', () => {
  it('has a distinct u16 code per reason', () => {
    const codes = Object.values(CloseCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toBeLessThan(0x10000);
    expect(Object.keys(CloseCode).sort()).toEqual(Object.values(DisconnectReason).sort());
  });

  it('recognises reasons', () => {
    expect(isDisconnectReason('pushed-out')).toBe(true);
    expect(isDisconnectReason('toString')).toBe(false);
    expect(isDisconnectReason(7)).toBe(false);
  });
});

describe('datagrams', () => {
  const token = Buffer.from('0102030405060708', 'hex');

  it('lays out u8 kind, 8-byte token, payload', () => {
    const d = encodeDatagram(FrameKind.DATA, token, Buffer.from([0xaa]));
    expect(d.toString('hex')).toBe('010102030405060708aa');
    const decoded = decodeDatagram(d);
    expect(decoded).not.toBeInstanceOf(ProtocolError);
    const ok = decoded as Exclude<typeof decoded, ProtocolError>;
    expect(ok.kind).toBe(FrameKind.DATA);
    expect(ok.token.equals(token)).toBe(true);
    expect(ok.payload.toString('hex')).toBe('aa');
  });

  it('checkDatagram passes what decodeDatagram decodes and rejects what it rejects, with the same code', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.integer({ min: 1, max: 80 }), (bytes, max) => {
        const b = Buffer.from(bytes);
        const decoded = decodeDatagram(b, max);
        const checked = checkDatagram(b, max);
        if (decoded instanceof ProtocolError) expect(checked?.code).toBe(decoded.code);
        else {
          expect(checked).toBeUndefined();
          expect(decoded.kind).toBe(b[0]);
          expect(decoded.payload.equals(b.subarray(DATAGRAM_HEADER_BYTES))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('rejects short, oversized and unknown-kind datagrams', () => {
    expect((decodeDatagram(Buffer.alloc(DATAGRAM_HEADER_BYTES - 1)) as ProtocolError).code).toBe(
      ErrorCodes.INVALID_FRAME,
    );
    expect((decodeDatagram(Buffer.alloc(101), 100) as ProtocolError).code).toBe(ErrorCodes.FRAME_TOO_LARGE);
    const unknown = Buffer.alloc(DATAGRAM_HEADER_BYTES);
    unknown[0] = 0x42;
    expect((decodeDatagram(unknown) as ProtocolError).code).toBe(ErrorCodes.UNKNOWN_FRAME_KIND);
  });

  it('matches the token on the bytes: datagramHasToken and datagramTokenHash agree with the token view', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.uint8Array({ minLength: 8, maxLength: 8 }),
        fc.uint8Array({ maxLength: 40 }),
        (carried, other, payload) => {
          const d = encodeDatagram(FrameKind.DATA, carried, payload);
          const decoded = decodeDatagram(d) as Exclude<ReturnType<typeof decodeDatagram>, ProtocolError>;
          expect(datagramHasToken(d, carried)).toBe(true);
          expect(datagramHasToken(d, other)).toBe(Buffer.from(other).equals(Buffer.from(carried)));
          const hash = datagramTokenHash(d);
          expect(sessionTokenHash(decoded.token)).toBe(hash);
          expect(sessionTokenHash(carried)).toBe(hash);
          // A small integer (a Smi), from the token's first 30 bits.
          expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
          expect(hash).toBe(Buffer.from(carried).readUInt32LE(0) & 0x3fffffff);
          if (sessionTokenHash(other) !== hash) expect(datagramHasToken(d, other)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
    // A token of the wrong size, or bytes too short to hold one, never match.
    const d = encodeDatagram(FrameKind.DATA, token);
    expect(datagramHasToken(d, token.subarray(0, 7))).toBe(false);
    expect(datagramHasToken(d.subarray(0, 5), token)).toBe(false);
  });

  it('requires an 8-byte token to encode', () => {
    expect(() => encodeDatagram(FrameKind.DATA, Buffer.alloc(4))).toThrow(ProtocolError);
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const decoded = decodeDatagram(Buffer.from(bytes));
        if (!(decoded instanceof ProtocolError)) expect(decoded.token.byteLength).toBe(8);
      }),
      { numRuns: 500 },
    );
  });
});
