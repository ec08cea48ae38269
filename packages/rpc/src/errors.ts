// RpcError: the one error every failed call rejects with, whatever failed (the callee, the link,
// the deadline, a bound), so callers branch on `status`, never on messages.

import { ErrorCodes, HeartwireError } from '@heartwire/protocol';
import { RpcStatus } from './status.js';

export class RpcError extends HeartwireError {
  readonly status: RpcStatus;

  constructor(status: RpcStatus, message: string, options?: { cause?: unknown }) {
    super(ErrorCodes.RPC, message, options);
    this.status = status;
  }
}

/** True for an RpcError with the given status (or any status when none is given). */
export function isRpcError(error: unknown, status?: RpcStatus): error is RpcError {
  return error instanceof RpcError && (status === undefined || error.status === status);
}

/**
 * What travels back to the caller when a handler throws: an RpcError keeps its status and message;
 * anything else becomes INTERNAL with a generic message, so neither stack nor internals leak.
 */
export function toWireError(error: unknown): RpcError {
  if (error instanceof RpcError) return error;
  return new RpcError(RpcStatus.INTERNAL, 'internal error');
}
