// The per-call context a handler receives: who called (the connection and what the layer above
// attached to it), until when (the deadline), and a signal that aborts on CANCEL, on the deadline
// and on close. The AbortController and its deadline timer are made only when a handler reads
// `signal`, so handlers that never look at it cost neither; and the clock is read for the deadline
// only when something reads it or the handler is still running after its synchronous part.

import type { Connection } from '@heartwire/protocol';
import type { CallEntry } from './call-table.js';
import { RpcError } from './errors.js';
import type { ReplayEntry } from './replay-cache.js';
import { RpcStatus } from './status.js';

export type InboundKind = 'call' | 'notify' | 'message';

export interface CallContext<State extends object = Record<string, unknown>> {
  /** `call` (a request expecting an answer), `notify` (one-way call), `message` (typed message). */
  readonly kind: InboundKind;
  /** `package.Service/Method`, or the type name for a typed message. */
  readonly method: string;
  /** The caller's call id (0 for one-way). */
  readonly callId: number;
  /** `Date.now()` milliseconds after which the caller no longer waits; Infinity when it has none. */
  readonly deadline: number;
  /** Aborts (reason: an RpcError) on CANCEL from the caller, at the deadline, and when the peer closes. */
  readonly signal: AbortSignal;
  readonly connection: Connection;
  /** The peer's state bag, shared by all calls on this connection (e.g. the logged-in user). */
  readonly state: State;
  /** The decoded request (or message), for interceptors. */
  readonly request: unknown;
}

export class InboundCall<State extends object> implements CallContext<State>, CallEntry {
  /** @internal Links of the peer's table of running handlers. */
  nextInBucket: InboundCall<State> | undefined = undefined;
  /** @internal */
  older: InboundCall<State> | undefined = undefined;
  /** @internal */
  newer: InboundCall<State> | undefined = undefined;
  /** @internal The call in the peer's replay cache (datagram links), completed when it answers. */
  replay: ReplayEntry | undefined = undefined;
  #controller: AbortController | undefined;
  #timer: NodeJS.Timeout | undefined;
  #abortReason: RpcError | undefined;
  #done = false;
  /** The caller's timeout, until `deadline` is fixed from it (0: none). */
  #timeoutMs: number;
  #deadline: number | undefined;

  /**
   * `deadline`: the absolute deadline when the caller already knows it. Otherwise it is
   * `timeoutMs` after the first read of `deadline` or `signal`, or after `fixDeadline()`, which
   * RpcPeer calls when a handler is still running once its synchronous part returned. Until then
   * every read happens in the same synchronous run as the request's arrival, so the clock read for
   * it is the arrival time, and a handler that answers at once and never looks costs no read
   * (about 75 ns on a virtual machine's clock, on every request).
   */
  constructor(
    readonly kind: InboundKind,
    readonly method: string,
    readonly callId: number,
    readonly connection: Connection,
    readonly state: State,
    public request: unknown,
    timeoutMs: number,
    deadline?: number,
  ) {
    this.#timeoutMs = timeoutMs;
    this.#deadline = deadline;
  }

  get deadline(): number {
    this.#deadline ??= this.#timeoutMs > 0 ? Date.now() + this.#timeoutMs : Number.POSITIVE_INFINITY;
    return this.#deadline;
  }

  /** Reads the clock for the deadline now, if nothing has yet (the getter fixes it once). */
  fixDeadline(): void {
    void this.deadline;
  }

  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#abortReason) this.#controller.abort(this.#abortReason);
      else if (!this.#done && Number.isFinite(this.deadline)) {
        const left = this.deadline - Date.now();
        if (left <= 0) this.#controller.abort(deadlineError());
        else this.#timer = setTimeout(() => this.abort(deadlineError()), left);
      }
    }
    return this.#controller.signal;
  }

  /** True once cancelled, timed out (as seen through the signal) or cut off by a close. */
  get aborted(): boolean {
    return this.#abortReason !== undefined;
  }

  abort(reason: RpcError): void {
    if (this.#abortReason) return;
    this.#abortReason = reason;
    this.#clearTimer();
    this.#controller?.abort(reason);
  }

  /** The handler finished: no timer may outlive it. */
  finish(): void {
    this.#done = true;
    this.#clearTimer();
  }

  #clearTimer(): void {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }
}

function deadlineError(): RpcError {
  return new RpcError(RpcStatus.DEADLINE_EXCEEDED, 'deadline exceeded');
}
