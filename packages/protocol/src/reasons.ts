// Why a connection ended: one `as const` set shared by every package and both sides of the wire.
// Each reason that can travel in a CLOSE frame has a fixed u16 code (docs/PROTOCOL.md).

export const DisconnectReason = {
  /** An orderly close with no more specific reason (e.g. `close()` without arguments). */
  CLOSED: 'closed',
  /** The socket ended or errored without a CLOSE frame (FIN/RST, killed peer, network error). */
  NETWORK_INTERRUPTED: 'network-interrupted',
  /** Nothing arrived from the peer for `timeoutSpanInSecs`. */
  HEARTBEAT_TIMEOUT: 'heartbeat-timeout',
  /** The server removed the user on purpose. */
  KICKED_OUT: 'kicked-out',
  /** The same user logged in again elsewhere and the relogon policy is `replace-old`. */
  PUSHED_OUT: 'pushed-out',
  /** The user was already online and the relogon policy is `ignore-new`. */
  NEW_CONNECTION_IGNORED: 'new-connection-ignored',
  /** The peer sent bytes that are not a valid frame or message. */
  INVALID_MESSAGE: 'invalid-message',
  /** Our send buffer towards the peer went over its cap: the peer reads too slowly. */
  SEND_BUFFER_OVERFLOW: 'send-buffer-overflow',
  /** The user logged out. */
  LOGGED_OUT: 'logged-out',
  /** The server is shutting down. */
  SERVER_SHUTDOWN: 'server-shutdown',
  /** The connection did not log in within the server's login timeout. */
  LOGIN_TIMEOUT: 'login-timeout',
  /** The login was refused by the server's verification hook. */
  LOGIN_REFUSED: 'login-refused',
  /** The server already holds its maximum number of connections. */
  MAX_CONNECTIONS: 'max-connections',
} as const;

export type DisconnectReason = (typeof DisconnectReason)[keyof typeof DisconnectReason];

/** Wire codes of the reasons, u16. */
export const CloseCode = {
  closed: 1000,
  'network-interrupted': 1001,
  'heartbeat-timeout': 1002,
  'kicked-out': 1003,
  'pushed-out': 1004,
  'new-connection-ignored': 1005,
  'invalid-message': 1006,
  'send-buffer-overflow': 1007,
  'logged-out': 1008,
  'server-shutdown': 1009,
  'login-timeout': 1010,
  'login-refused': 1011,
  'max-connections': 1012,
} as const satisfies Record<DisconnectReason, number>;

const byCode = new Map<number, DisconnectReason>(
  Object.entries(CloseCode).map(([reason, code]) => [code, reason as DisconnectReason]),
);

/** The reason a close code stands for; a code this version does not know reads as `closed`. */
export function reasonFromCloseCode(code: number): DisconnectReason {
  return byCode.get(code) ?? DisconnectReason.CLOSED;
}

export function isDisconnectReason(value: unknown): value is DisconnectReason {
  return typeof value === 'string' && Object.hasOwn(CloseCode, value);
}
