// Codecs for the payloads of the control frames: PING/PONG (u32 sequence) and CLOSE (u16 code +
// UTF-8 text). Decoders never throw; they return a ProtocolError for bytes of the wrong shape.

import { Buffer } from 'node:buffer';
import { ErrorCodes, ProtocolError } from './errors.js';
import { CloseCode, type DisconnectReason, reasonFromCloseCode } from './reasons.js';

/** Longest CLOSE reason text we send; longer texts are cut (on a UTF-8 boundary). */
export const MAX_CLOSE_TEXT_BYTES = 1024;

export function encodePing(sequence: number): Buffer {
  const out = Buffer.allocUnsafe(4);
  out.writeUInt32BE(sequence >>> 0, 0);
  return out;
}

/** PONG has the PING's layout: it echoes the sequence. */
export const encodePong = encodePing;

export function decodePing(payload: Uint8Array): number | ProtocolError {
  if (payload.length !== 4) {
    return new ProtocolError(
      ErrorCodes.INVALID_FRAME,
      `PING/PONG payload must be 4 bytes, got ${payload.length}`,
    );
  }
  return ((payload[0]! << 24) | (payload[1]! << 16) | (payload[2]! << 8) | payload[3]!) >>> 0;
}

export const decodePong = decodePing;

export interface ClosePayload {
  readonly code: number;
  /** The reason the code stands for (`closed` for a code this version does not know). */
  readonly reason: DisconnectReason;
  /** Human-readable detail, e.g. why a user was kicked. May be empty. */
  readonly message: string;
}

export function encodeClose(reason: DisconnectReason, message = ''): Buffer {
  let text = Buffer.from(message, 'utf8');
  if (text.length > MAX_CLOSE_TEXT_BYTES) {
    // Cut on a character boundary: step back over UTF-8 continuation bytes (10xxxxxx).
    let end = MAX_CLOSE_TEXT_BYTES;
    while (end > 0 && (text[end]! & 0xc0) === 0x80) end--;
    text = text.subarray(0, end);
  }
  const out = Buffer.allocUnsafe(2 + text.length);
  out.writeUInt16BE(CloseCode[reason], 0);
  out.set(text, 2);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeClose(payload: Uint8Array): ClosePayload | ProtocolError {
  if (payload.length < 2) {
    return new ProtocolError(ErrorCodes.INVALID_FRAME, 'CLOSE payload must hold at least a u16 code');
  }
  if (payload.length > 2 + MAX_CLOSE_TEXT_BYTES) {
    return new ProtocolError(ErrorCodes.INVALID_FRAME, 'CLOSE reason text is too long');
  }
  const code = (payload[0]! << 8) | payload[1]!;
  let message: string;
  try {
    message = utf8.decode(payload.subarray(2));
  } catch {
    return new ProtocolError(ErrorCodes.INVALID_FRAME, 'CLOSE reason text is not valid UTF-8');
  }
  return { code, reason: reasonFromCloseCode(code), message };
}
