// Byte layout of frames (docs/PROTOCOL.md): the TCP stream form `u32 BE length + u8 kind + payload`
// (length counts kind + payload) and the UDP datagram form `u8 kind + 8-byte token + payload`.

import { Buffer } from 'node:buffer';
import { ErrorCodes, ProtocolError } from './errors.js';
import { type FrameKind, frameKindName, isDatagramFrameKind } from './frame-kinds.js';

/** Bytes before the payload in a TCP frame: u32 length + u8 kind. */
export const STREAM_HEADER_BYTES = 5;
/** Bytes before the payload in a UDP datagram: u8 kind + 8-byte session token. */
export const DATAGRAM_HEADER_BYTES = 9;
/** Length of a UDP session token and of a client nonce. */
export const SESSION_TOKEN_BYTES = 8;
/** Default cap on one TCP frame (kind + payload). */
export const DEFAULT_MAX_FRAME_BYTES = 4 * 1024 * 1024;
/** Largest UDP payload IPv4 can carry; the default cap on one datagram. */
export const MAX_UDP_DATAGRAM_BYTES = 65_507;

export interface Frame {
  readonly kind: FrameKind;
  /** A view, valid until the next decode on the same decoder only if you copy it; see FrameDecoder. */
  readonly payload: Buffer;
}

const EMPTY = Buffer.alloc(0);

/** The 5-byte header of a TCP frame whose payload is `payloadLength` bytes. */
export function encodeFrameHeader(kind: FrameKind, payloadLength: number): Buffer {
  const header = Buffer.allocUnsafe(STREAM_HEADER_BYTES);
  header.writeUInt32BE(payloadLength + 1, 0);
  header[4] = kind;
  return header;
}

/** A whole TCP frame in one buffer (copies the payload; transports write header and payload apart). */
export function encodeFrame(kind: FrameKind, payload: Uint8Array = EMPTY): Buffer {
  const out = Buffer.allocUnsafe(STREAM_HEADER_BYTES + payload.length);
  out.writeUInt32BE(payload.length + 1, 0);
  out[4] = kind;
  out.set(payload, STREAM_HEADER_BYTES);
  return out;
}

export interface Datagram {
  readonly kind: FrameKind;
  /** Session token, or the client nonce for SESSION_OPEN / SESSION_ACCEPT / a refusal. A view. */
  readonly token: Buffer;
  readonly payload: Buffer;
}

/** One UDP datagram: u8 kind + token + payload. */
export function encodeDatagram(kind: FrameKind, token: Uint8Array, payload: Uint8Array = EMPTY): Buffer {
  if (token.length !== SESSION_TOKEN_BYTES) {
    throw new ProtocolError(ErrorCodes.INVALID_FRAME, `a session token is ${SESSION_TOKEN_BYTES} bytes`);
  }
  const out = Buffer.allocUnsafe(DATAGRAM_HEADER_BYTES + payload.length);
  out[0] = kind;
  out.set(token, 1);
  out.set(payload, DATAGRAM_HEADER_BYTES);
  return out;
}

/** Parses one UDP datagram. Never throws: bad input gives a ProtocolError. Views, no copies. */
export function decodeDatagram(
  bytes: Buffer,
  maxDatagramBytes = MAX_UDP_DATAGRAM_BYTES,
): Datagram | ProtocolError {
  return checkDatagram(bytes, maxDatagramBytes) ?? new DecodedDatagram(bytes[0] as FrameKind, bytes);
}

/**
 * decodeDatagram's checks alone: undefined when `bytes` is a datagram of a known kind, whose kind
 * is then `bytes[0]` and payload `bytes.subarray(DATAGRAM_HEADER_BYTES)`. Makes no object and no
 * view, for the engines' per-datagram path. Never throws.
 */
export function checkDatagram(
  bytes: Buffer,
  maxDatagramBytes = MAX_UDP_DATAGRAM_BYTES,
): ProtocolError | undefined {
  if (bytes.length > maxDatagramBytes) {
    return new ProtocolError(
      ErrorCodes.FRAME_TOO_LARGE,
      `datagram of ${bytes.length} bytes exceeds the maximum of ${maxDatagramBytes}`,
    );
  }
  if (bytes.length < DATAGRAM_HEADER_BYTES) {
    return new ProtocolError(
      ErrorCodes.INVALID_FRAME,
      `datagram of ${bytes.length} bytes is shorter than its header`,
    );
  }
  const kind = bytes[0]!;
  if (!isDatagramFrameKind(kind)) {
    return new ProtocolError(ErrorCodes.UNKNOWN_FRAME_KIND, `unknown frame kind ${frameKindName(kind)}`);
  }
  return undefined;
}

/**
 * What decodeDatagram gives. The token view is made only when asked for: the engines match the
 * token on the datagram's bytes (datagramHasToken, datagramTokenKey) for every datagram of a
 * session, and a view costs more than the comparison.
 */
class DecodedDatagram implements Datagram {
  readonly payload: Buffer;

  constructor(
    readonly kind: FrameKind,
    private readonly bytes: Buffer,
  ) {
    this.payload = bytes.subarray(DATAGRAM_HEADER_BYTES);
  }

  get token(): Buffer {
    return this.bytes.subarray(1, DATAGRAM_HEADER_BYTES);
  }
}

/** Whether the datagram `bytes` (checked by decodeDatagram) carries `token`; no view is made. */
export function datagramHasToken(bytes: Uint8Array, token: Uint8Array): boolean {
  if (token.length !== SESSION_TOKEN_BYTES || bytes.length < DATAGRAM_HEADER_BYTES) return false;
  for (let i = 0; i < SESSION_TOKEN_BYTES; i++) if (bytes[1 + i] !== token[i]) return false;
  return true;
}

/**
 * 30 bits of a session token, as a small integer: a Map key that costs no string (reading a token
 * as a latin1 string was a call into C++ and a string hash on every datagram). Not unique: whoever
 * issues tokens keeps their hashes distinct, and a datagram's whole token is then confirmed with
 * datagramHasToken.
 */
export function sessionTokenHash(token: Uint8Array): number {
  return tokenHashAt(token, 0);
}

/** sessionTokenHash of the token the datagram `bytes` (checked by checkDatagram) carries; no view is made. */
export function datagramTokenHash(bytes: Uint8Array): number {
  return tokenHashAt(bytes, 1);
}

function tokenHashAt(bytes: Uint8Array, at: number): number {
  // Below 2^30, so never negative and always a small integer.
  return bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | ((bytes[at + 3]! & 0x3f) << 24);
}
