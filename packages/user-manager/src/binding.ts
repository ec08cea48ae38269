// The state of one bound connection, from bind until its `userDisconnected`: who claimed the close
// (our reason wins over whatever the socket reports later), whether it closed, whether a relogon
// adopted it, and the one-shot `finished` flag that makes `userDisconnected` exactly-once.

import type { CloseInfo, Connection, DisconnectReason } from '@heartwire/protocol';
import type { UserConnection } from './types.js';

export interface CloseClaim {
  readonly reason: DisconnectReason;
  readonly message: string;
}

/** The users of this process, with their bindings; the object outlives its removal from the index. */
export class LocalUser<TTag> {
  readonly bindings: Binding<TTag>[] = [];
  constructor(
    readonly userId: string,
    public tag: TTag | undefined,
  ) {}
}

export class Binding<TTag> implements UserConnection {
  readonly connectionId: string;
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly loginTime: number;
  /** Set once, by the first of us to decide to close the connection. */
  claim: CloseClaim | undefined;
  /** Set when the connection's `close` event fired. */
  closeInfo: CloseInfo | undefined;
  /** The running `userTimedOut` handlers: the disconnect must not be reported before they are done. */
  hold: Promise<void> | undefined;
  /** The bind attempt that took this binding over: it reports the disconnect together with the relogon. */
  replacedBy: object | undefined;
  finished = false;
  #closed: Deferred | undefined;
  #finished: Deferred | undefined;

  constructor(
    readonly user: LocalUser<TTag>,
    readonly connection: Connection,
    readonly deviceType: string,
  ) {
    this.connectionId = connection.id;
    this.remoteAddress = connection.remoteAddress;
    this.remotePort = connection.remotePort;
    this.loginTime = Date.now();
  }

  get userId(): string {
    return this.user.userId;
  }

  /** Neither closing nor closed: the connection is in normal use. */
  get healthy(): boolean {
    return !this.claim && !this.closeInfo && !this.finished;
  }

  /** Claims the close with our reason; false when someone already decided, or it already closed. */
  tryClaim(reason: DisconnectReason, message: string): boolean {
    if (!this.healthy) return false;
    this.claim = { reason, message };
    return true;
  }

  get reason(): DisconnectReason {
    return this.claim?.reason ?? this.closeInfo?.reason ?? 'closed';
  }

  /** Closed, and no `userTimedOut` handler is still running. */
  get isSettled(): boolean {
    return this.closeInfo !== undefined && this.hold === undefined;
  }

  /** Registers running `userTimedOut` handlers; `hold` clears itself once they are done. */
  setHold(handlers: Promise<void>): void {
    const hold: Promise<void> = handlers.then(() => {
      if (this.hold === hold) this.hold = undefined;
    });
    this.hold = hold;
  }

  markClosed(info: CloseInfo): void {
    this.closeInfo = info;
    this.#closed?.resolve();
  }

  markFinished(): void {
    this.finished = true;
    this.#finished?.resolve();
  }

  /** Resolves when the connection closed and any `userTimedOut` handlers are done. */
  async settled(): Promise<void> {
    if (!this.closeInfo) {
      this.#closed ??= new Deferred();
      await this.#closed.promise;
    }
    await this.hold;
  }

  /** Resolves after `userDisconnected` was emitted for this connection. */
  whenFinished(): Promise<void> {
    if (this.finished) return Promise.resolve();
    this.#finished ??= new Deferred();
    return this.#finished.promise;
  }
}

class Deferred {
  readonly promise: Promise<void>;
  resolve!: () => void;
  constructor() {
    this.promise = new Promise((resolve) => {
      this.resolve = resolve;
    });
  }
}
