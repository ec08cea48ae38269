// What TCP connections and UDP sessions share: the open → closing → closed state, the reason
// decided first winning, and the `close` event fired exactly once with a promise that follows it.
// The promise is made only when someone asks for it (close()): a server holds thousands of idle
// connections that are never closed locally, and a pending promise with its resolver costs each
// of them about a hundred bytes.

import { EventEmitter } from 'node:events';
import type { CloseInfo, ConnectionEvents, ConnectionState, DisconnectReason } from '@heartwire/protocol';

export abstract class ConnectionBase extends EventEmitter<ConnectionEvents> {
  readonly id: string;
  #state: ConnectionState = 'open';
  /** The reason decided first (by close(), destroy(), a CLOSE frame or an error); later ones lose. */
  #info: CloseInfo | undefined;
  #closed: Promise<void> | undefined;
  #resolveClosed: (() => void) | undefined;

  constructor(id: string) {
    super();
    this.id = id;
  }

  get state(): ConnectionState {
    return this.#state;
  }

  /** Resolves once `close` has fired. */
  protected get closedPromise(): Promise<void> {
    if (this.#closed === undefined) {
      this.#closed =
        this.#state === 'closed'
          ? Promise.resolve()
          : new Promise((resolve) => {
              this.#resolveClosed = resolve;
            });
    }
    return this.#closed;
  }

  /** The reason already decided, if any. */
  protected get pendingCloseInfo(): CloseInfo | undefined {
    return this.#info;
  }

  /**
   * Records why the connection ends and stops sends. Returns false when a reason was already decided
   * (the first one stands).
   */
  protected beginClose(
    reason: DisconnectReason,
    message: string,
    initiator: CloseInfo['initiator'],
  ): boolean {
    if (this.#info) return false;
    this.#info = { reason, message, initiator };
    if (this.#state === 'open') this.#state = 'closing';
    return true;
  }

  /** Fires `close` once; `fallback` is used when nothing decided a reason before the end. */
  protected finish(fallback: CloseInfo): void {
    if (this.#state === 'closed') return;
    this.#info ??= fallback;
    this.#state = 'closed';
    this.onFinished(this.#info);
    this.#resolveClosed?.();
    this.emit('close', this.#info);
  }

  /** Hook for the engine's bookkeeping, called just before `close` is emitted. */
  protected abstract onFinished(info: CloseInfo): void;

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  abstract close(reason?: DisconnectReason, message?: string): Promise<void>;
}
