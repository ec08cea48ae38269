// The one error hierarchy of heartwire: every error a package throws or reports is a HeartwireError
// carrying a stable `code` from ErrorCodes, so callers branch on codes, never on messages.

export const ErrorCodes = {
  /** A frame announced a length above the configured maximum. */
  FRAME_TOO_LARGE: 'ERR_FRAME_TOO_LARGE',
  /** Bytes that do not form a valid frame (zero length, truncated header, bad payload layout). */
  INVALID_FRAME: 'ERR_INVALID_FRAME',
  /** A frame kind this protocol version does not define, or one not allowed on this transport. */
  UNKNOWN_FRAME_KIND: 'ERR_UNKNOWN_FRAME_KIND',
  /** An operation on a connection, server or client that is closing or closed. */
  CONNECTION_CLOSED: 'ERR_CONNECTION_CLOSED',
  /** A payload too large for the transport it is sent on (e.g. one UDP datagram). */
  PAYLOAD_TOO_LARGE: 'ERR_PAYLOAD_TOO_LARGE',
  /** Bad options given to a constructor or setter; thrown at configuration time. */
  INVALID_CONFIG: 'ERR_INVALID_CONFIG',
  /** An operation that is not valid in the object's current state (e.g. start() twice). */
  INVALID_STATE: 'ERR_INVALID_STATE',
  /** A connect, session-open or login attempt that did not complete in time. */
  TIMEOUT: 'ERR_TIMEOUT',
  /** A remote procedure call failed; `RpcError.status` carries the RPC status code. */
  RPC: 'ERR_RPC',
  /** A login or other request refused by the peer; the message says why. */
  REFUSED: 'ERR_REFUSED',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class HeartwireError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Bad bytes on the wire. Decoders return it instead of throwing; transports close with `invalid-message`. */
export class ProtocolError extends HeartwireError {}

/** Thrown by operations on a closed connection, and the rejection reason of work cut short by a close. */
export class ConnectionClosedError extends HeartwireError {
  constructor(message = 'connection is closed', options?: { cause?: unknown }) {
    super(ErrorCodes.CONNECTION_CLOSED, message, options);
  }
}

/** Bad configuration, thrown at configuration time (constructor or setter), never later. */
export class ConfigError extends HeartwireError {
  constructor(message: string) {
    super(ErrorCodes.INVALID_CONFIG, message);
  }
}
