// Frame kinds of wire protocol version 1 (docs/PROTOCOL.md). The byte values are the protocol:
// never renumber one, only add.

export const FrameKind = {
  /** Application payload, e.g. an RPC envelope. */
  DATA: 0x01,
  /** Heartbeat probe: u32 sequence number. */
  PING: 0x02,
  /** Heartbeat answer: echoes the PING's u32 sequence number. */
  PONG: 0x03,
  /** Orderly close with a reason: u16 close code + UTF-8 text. */
  CLOSE: 0x04,
  /** UDP only: a client asks for a session (token field = client nonce). */
  SESSION_OPEN: 0x10,
  /** UDP only: the server grants a session (token field = client nonce, payload = session token). */
  SESSION_ACCEPT: 0x11,
} as const;

export type FrameKind = (typeof FrameKind)[keyof typeof FrameKind];

const names = new Map<number, string>(Object.entries(FrameKind).map(([name, value]) => [value, name]));

/** Kinds a TCP stream may carry. */
export function isStreamFrameKind(kind: number): kind is FrameKind {
  return kind >= FrameKind.DATA && kind <= FrameKind.CLOSE;
}

/** Kinds a UDP datagram may carry. */
export function isDatagramFrameKind(kind: number): kind is FrameKind {
  return names.has(kind);
}

export function frameKindName(kind: number): string {
  return names.get(kind) ?? `0x${kind.toString(16).padStart(2, '0')}`;
}
