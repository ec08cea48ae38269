// RPC status codes: the `as const` set callers branch on, and their numbers on the wire (gRPC
// numbering, so the codes mean what people already know them to mean).

export const RpcStatus = {
  OK: 'OK',
  /** The caller cancelled the call (AbortSignal), or the callee saw the CANCEL. */
  CANCELLED: 'CANCELLED',
  /** The callee reported a status this version does not know. */
  UNKNOWN: 'UNKNOWN',
  /** The request payload does not decode as the method's request type, or is otherwise invalid. */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
  /** The deadline passed before the answer arrived. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** The caller is not allowed to call this method. */
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  /** A bound was hit: in-flight calls, pending calls, replay cache, or a payload over one datagram. */
  RESOURCE_EXHAUSTED: 'RESOURCE_EXHAUSTED',
  /** No such service or method on the callee. */
  UNIMPLEMENTED: 'UNIMPLEMENTED',
  /** The handler failed with an error that is not an RpcError; its message and stack stay on the callee. */
  INTERNAL: 'INTERNAL',
  /** The connection closed (or was never usable) before the answer arrived. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** The caller is not logged in, or its credentials were refused. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const;

export type RpcStatus = (typeof RpcStatus)[keyof typeof RpcStatus];

/** Wire numbers of the status codes (the envelope's `status` field). */
export const RpcStatusCode = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  UNAUTHENTICATED: 16,
} as const satisfies Record<RpcStatus, number>;

const byCode = new Map<number, RpcStatus>(
  Object.entries(RpcStatusCode).map(([status, code]) => [code, status as RpcStatus]),
);

/** The status a wire number stands for; a number this version does not know reads as UNKNOWN. */
export function statusFromCode(code: number): RpcStatus {
  return byCode.get(code) ?? RpcStatus.UNKNOWN;
}

export function isRpcStatus(value: unknown): value is RpcStatus {
  return typeof value === 'string' && Object.hasOwn(RpcStatusCode, value);
}
