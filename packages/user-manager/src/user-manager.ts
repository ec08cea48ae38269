// Who is online on this server: binds users to Connections after login, applies the relogon policy,
// closes connections on timeout, kick, logout and shutdown, and reports every change as typed events
// in a fixed order, with `userDisconnected` exactly once per bound connection whatever the race.
// Every change of a user runs in that user's queue, because the store is async and would otherwise
// let operations on the same user interleave at each await.

import { EventEmitter } from 'node:events';
import { hostname } from 'node:os';
import { emitWarning, pid } from 'node:process';
import {
  type CloseInfo,
  ConfigError,
  type Connection,
  type DisconnectReason,
  ErrorCodes,
  HeartwireError,
} from '@heartwire/protocol';
import createDebug from 'debug';
import { Binding, LocalUser } from './binding.js';
import { KeyedQueue } from './keyed-queue.js';
import { MemoryUserStore } from './memory-store.js';
import type { PresenceEntry, UserStore } from './store.js';
import {
  type BindOptions,
  type BindResult,
  type DisconnectInfo,
  type OnlineUser,
  RelogonPolicy,
  type UserConnection,
  type UserManagerEvents,
  type UserManagerOptions,
} from './types.js';

const debug = createDebug('heartwire:user-manager');

export const DEFAULT_DEVICE_TYPE = 'default';
export const DEFAULT_TIMED_OUT_HANDLER_TIMEOUT_MS = 5000;
export const DEFAULT_CLOSE_TIMEOUT_MS = 10_000;

type Listener = (...args: unknown[]) => unknown;
/** One pass of a bind: either its final result, or what it must wait for before the next pass. */
type BindStep<TTag> = { readonly result: BindResult<TTag> } | { readonly wait: Promise<unknown> };

export class UserManager<TTag = unknown> extends EventEmitter<UserManagerEvents<TTag>> {
  readonly relogonPolicy: RelogonPolicy;
  readonly serverId: string;
  /** The presence store; ask it (async) for users on every server sharing it. */
  readonly store: UserStore<TTag>;
  readonly #timedOutHandlerTimeoutMs: number;
  readonly #closeTimeoutMs: number;
  readonly #users = new Map<string, LocalUser<TTag>>();
  readonly #bindings = new Map<string, Binding<TTag>>();
  /** Connection ids with a bind() in progress. */
  readonly #binding = new Set<string>();
  readonly #pendingBinds = new Set<Promise<unknown>>();
  readonly #queue = new KeyedQueue();
  #closing = false;
  #shutdown: Promise<void> | undefined;
  /**
   * One listener shared by every bound connection (the emitter is `this`): a closure per connection
   * would cost more memory than the binding itself. `close` fires once, so it is never removed.
   */
  readonly #closeListener: (this: Connection, info: CloseInfo) => void;

  constructor(options: UserManagerOptions<TTag> = {}) {
    super();
    const policy = options.relogonPolicy ?? RelogonPolicy.REPLACE_OLD;
    if (!Object.values(RelogonPolicy).includes(policy)) {
      throw new ConfigError(`relogonPolicy must be one of ${Object.values(RelogonPolicy).join(', ')}`);
    }
    this.relogonPolicy = policy;
    this.#timedOutHandlerTimeoutMs = checkMs(
      'timedOutHandlerTimeoutMs',
      options.timedOutHandlerTimeoutMs ?? DEFAULT_TIMED_OUT_HANDLER_TIMEOUT_MS,
      0,
    );
    this.#closeTimeoutMs = checkMs('closeTimeoutMs', options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS, 1);
    const serverId = options.serverId ?? `${hostname()}:${pid}`;
    if (typeof serverId !== 'string' || serverId.length === 0) {
      throw new ConfigError('serverId must be a non-empty string');
    }
    this.serverId = serverId;
    this.store = options.store ?? new MemoryUserStore<TTag>();
    const bindings = this.#bindings;
    const onClose = (binding: Binding<TTag>, info: CloseInfo): void => this.#onClose(binding, info);
    this.#closeListener = function (this: Connection, info: CloseInfo): void {
      const binding = bindings.get(this.id);
      if (binding?.connection === this) onClose(binding, info);
    };
  }

  /** Users with at least one bound connection on this server. */
  get count(): number {
    return this.#users.size;
  }

  /** Bound connections on this server. */
  get connectionCount(): number {
    return this.#bindings.size;
  }

  /** True once shutdown() (or close()) was called. */
  get closing(): boolean {
    return this.#closing;
  }

  isOnline(userId: string): boolean {
    return this.#users.has(userId);
  }

  getUser(userId: string): OnlineUser<TTag> | undefined {
    const user = this.#users.get(userId);
    return user && snapshot(user);
  }

  getOnlineUsers(): OnlineUser<TTag>[] {
    return Array.from(this.#users.values(), snapshot);
  }

  /** The user's bound connections on this server (empty when offline here). */
  getConnections(userId: string): readonly UserConnection[] {
    return [...(this.#users.get(userId)?.bindings ?? [])];
  }

  /** The binding of a connection, while it is bound. */
  getConnection(connection: Connection | string): UserConnection | undefined {
    return this.#bindings.get(typeof connection === 'string' ? connection : connection.id);
  }

  /**
   * Binds a logged-in connection to a user, applying the relogon policy. Resolves `{ ok: false }`
   * when the login cannot stand (`new-connection-ignored`, `server-shutdown`, or the connection
   * closed meanwhile): the caller then closes the connection with that reason. Never closes the
   * connection it was given; rejects only on a programming error or a failing store.
   */
  bind(connection: Connection, options: BindOptions<TTag>): Promise<BindResult<TTag>> {
    const { userId } = options;
    const deviceType = options.deviceType ?? DEFAULT_DEVICE_TYPE;
    if (typeof userId !== 'string' || userId.length === 0) {
      return Promise.reject(
        new HeartwireError(ErrorCodes.INVALID_CONFIG, 'bind: userId must be a non-empty string'),
      );
    }
    if (typeof deviceType !== 'string' || deviceType.length === 0) {
      return Promise.reject(
        new HeartwireError(ErrorCodes.INVALID_CONFIG, 'bind: deviceType must be a non-empty string'),
      );
    }
    if (this.#binding.has(connection.id) || this.#bindings.has(connection.id)) {
      return Promise.reject(
        new HeartwireError(ErrorCodes.INVALID_STATE, `bind: connection ${connection.id} is already bound`),
      );
    }
    this.#binding.add(connection.id);
    let early: CloseInfo | undefined;
    const onEarlyClose = (info: CloseInfo): void => {
      early = info;
    };
    connection.on('close', onEarlyClose);
    const token = {};
    const run = async (): Promise<BindResult<TTag>> => {
      for (;;) {
        const step = await this.#queue.run(userId, () =>
          this.#bindStep(connection, options, deviceType, token, () => early),
        );
        if ('result' in step) return step.result;
        await step.wait;
      }
    };
    const result = run().finally(() => {
      connection.off('close', onEarlyClose);
      this.#binding.delete(connection.id);
      this.#pendingBinds.delete(result);
    });
    this.#pendingBinds.add(result);
    return result;
  }

  /** Replaces the tag of an online user (here and in the store). False when the user is not online here. */
  setTag(userId: string, tag: TTag | undefined): Promise<boolean> {
    return this.#queue.run(userId, async () => {
      const user = this.#users.get(userId);
      if (!user) return false;
      await this.store.setTag(userId, tag);
      user.tag = tag;
      return true;
    });
  }

  /**
   * The heartbeat says the peer is gone: `userTimedOut` (async handlers awaited, bounded) → CLOSE
   * `heartbeat-timeout` → connection closed → `userDisconnected(user, 'heartbeat-timeout')` →
   * `userCountChanged`. Resolves after all of it. An unbound connection is just closed, with no event.
   * When the connection is already closing for another reason, that reason stands and no
   * `userTimedOut` fires.
   */
  async timeOut(connection: Connection, message = 'no data from the peer within the timeout'): Promise<void> {
    const binding = this.#bindingOf(connection);
    if (!binding) {
      debug('unbound connection %s timed out: closing it', connection.id);
      await this.#closeConnection(connection, 'heartbeat-timeout', message);
      return;
    }
    if (binding.tryClaim('heartbeat-timeout', message)) {
      binding.setHold(this.#runTimedOutHandlers(binding));
      await binding.hold;
      await this.#closeConnection(connection, 'heartbeat-timeout', message);
    }
    await binding.whenFinished();
  }

  /**
   * Closes every connection of the user with CLOSE `kicked-out` and the text, then reports
   * `userDisconnected(user, 'kicked-out')` for each. Resolves when all are reported; false when the
   * user was not online here. Connections already closing keep their own reason.
   */
  async kickOut(userId: string, message = 'kicked out by the server'): Promise<boolean> {
    const user = this.#users.get(userId);
    if (!user) return false;
    await Promise.all(user.bindings.map((b) => this.#closeBinding(b, 'kicked-out', message)));
    return true;
  }

  /** A voluntary logout: closes the connection with CLOSE `logged-out`. False when it was not bound. */
  async logout(connection: Connection, message = 'logged out'): Promise<boolean> {
    const binding = this.#bindingOf(connection);
    if (!binding) return false;
    await this.#closeBinding(binding, 'logged-out', message);
    return true;
  }

  /**
   * Closes every bound connection with CLOSE `server-shutdown`, reporting each, and refuses logins
   * from now on (binds in progress resolve `{ ok: false, reason: 'server-shutdown' }`). Idempotent:
   * later calls return the same promise.
   */
  shutdown(message = 'the server is shutting down'): Promise<void> {
    this.#shutdown ??= this.#shutdownNow(message);
    return this.#shutdown;
  }

  close(): Promise<void> {
    return this.shutdown();
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.shutdown();
  }

  async #shutdownNow(message: string): Promise<void> {
    this.#closing = true;
    debug('shutdown: closing %d connections', this.#bindings.size);
    // A bind that is still committing rechecks #closing after its store writes, so no binding can
    // be added after this snapshot.
    const closing = Array.from(this.#bindings.values(), (b) =>
      this.#closeBinding(b, 'server-shutdown', message),
    );
    await Promise.allSettled([...closing, ...this.#pendingBinds]);
  }

  #bindingOf(connection: Connection): Binding<TTag> | undefined {
    const binding = this.#bindings.get(connection.id);
    return binding?.connection === connection ? binding : undefined;
  }

  /** Closes with our reason unless someone decided before us; resolves once the disconnect was reported. */
  #closeBinding(binding: Binding<TTag>, reason: DisconnectReason, message: string): Promise<void> {
    if (binding.tryClaim(reason, message)) void this.#closeConnection(binding.connection, reason, message);
    return binding.whenFinished();
  }

  /** close() with a bound on its flush: a peer that stops reading must not keep the close pending. */
  async #closeConnection(connection: Connection, reason: DisconnectReason, message: string): Promise<void> {
    const timer = setTimeout(() => {
      debug('close of %s took over %d ms: destroying it', connection.id, this.#closeTimeoutMs);
      connection.destroy(reason, message);
    }, this.#closeTimeoutMs);
    timer.unref();
    try {
      await connection.close(reason, message);
    } catch (error) {
      debug('close of %s failed: %O', connection.id, error);
      connection.destroy(reason, message);
    } finally {
      clearTimeout(timer);
    }
  }

  #conflicts(binding: Binding<TTag>, deviceType: string): boolean {
    return this.relogonPolicy !== RelogonPolicy.ALLOW_MULTIPLE || binding.deviceType === deviceType;
  }

  /**
   * One pass of bind(), run in the user's queue. Conflicting bindings are taken over ("adopted"):
   * healthy ones get CLOSE `pushed-out`, closing ones keep their reason. The pass returns to wait
   * outside the queue until they have closed (their close handlers need the queue), and the next
   * pass commits the relogon in one step: the user never looks offline in between.
   */
  async #bindStep(
    connection: Connection,
    options: BindOptions<TTag>,
    deviceType: string,
    token: object,
    early: () => CloseInfo | undefined,
  ): Promise<BindStep<TTag>> {
    const { userId } = options;
    const user = this.#users.get(userId);
    const adopted = user ? user.bindings.filter((b) => b.replacedBy === token) : [];
    if (this.#closing) {
      return {
        result: await this.#refuse(adopted, connection, 'server-shutdown', 'the server is shutting down'),
      };
    }
    if (connection.state !== 'open') {
      const info = early();
      return {
        result: await this.#refuse(
          adopted,
          connection,
          info?.reason ?? 'closed',
          info?.message || 'the connection closed during login',
        ),
      };
    }
    const conflicting = user ? user.bindings.filter((b) => this.#conflicts(b, deviceType)) : [];
    if (user && this.relogonPolicy === RelogonPolicy.IGNORE_NEW && conflicting.some((b) => b.healthy)) {
      const result = await this.#refuse(
        adopted,
        connection,
        'new-connection-ignored',
        `user ${userId} is already online`,
      );
      this.#dispatch('newConnectionIgnored', [snapshot(user), connection]);
      return { result };
    }
    const waits: Promise<void>[] = [];
    for (const b of conflicting) {
      if (b.replacedBy !== undefined && b.replacedBy !== token) {
        waits.push(b.whenFinished()); // another login took it over: wait for that login to settle
        continue;
      }
      if (b.replacedBy === undefined) {
        b.replacedBy = token;
        const text = `user ${userId} logged in again from ${connection.remoteAddress}`;
        if (b.tryClaim('pushed-out', text)) void this.#closeConnection(b.connection, 'pushed-out', text);
      }
      if (!b.isSettled) waits.push(b.settled());
    }
    if (waits.length > 0) return { wait: Promise.all(waits) };
    return { result: await this.#commitBind(connection, options, deviceType, user, conflicting, early) };
  }

  async #commitBind(
    connection: Connection,
    options: BindOptions<TTag>,
    deviceType: string,
    existing: LocalUser<TTag> | undefined,
    replaced: Binding<TTag>[],
    early: () => CloseInfo | undefined,
  ): Promise<BindResult<TTag>> {
    const { userId } = options;
    const user = existing ?? new LocalUser<TTag>(userId, undefined);
    const binding = new Binding(user, connection, deviceType);
    try {
      // Add before remove: a reader of a shared store never sees the user offline during a relogon.
      await this.store.addConnection(userId, this.#entry(binding));
      if (options.tag !== undefined) await this.store.setTag(userId, options.tag);
    } catch (error) {
      await this.#removeFromStore(userId, [binding]);
      await this.#refuse(replaced, connection, 'closed', 'presence store failed');
      throw error;
    }
    await this.#removeFromStore(userId, replaced);
    // The store calls yielded: a shutdown or a close may have happened meanwhile.
    if (this.#closing || connection.state !== 'open') {
      await this.#removeFromStore(userId, [binding]);
      return this.#refuseLate(connection, replaced, early());
    }
    const previous = this.#users.size;
    for (const b of replaced) this.#unindex(b);
    user.bindings.push(binding);
    this.#bindings.set(connection.id, binding);
    this.#users.set(userId, user);
    if (options.tag !== undefined) user.tag = options.tag;
    connection.on('close', this.#closeListener);
    const current = snapshot(user);
    for (const b of replaced) this.#report(b, current, connection);
    this.#dispatch('userConnected', [current, binding]);
    this.#countChanged(previous);
    debug('bound %s to user %s (%d online)', connection.id, userId, this.#users.size);
    return { ok: true, user: current, connection: binding };
  }

  /** The refusal when the world changed during the commit's store writes. */
  #refuseLate(
    connection: Connection,
    replaced: Binding<TTag>[],
    info: CloseInfo | undefined,
  ): Promise<BindResult<TTag>> {
    if (this.#closing)
      return this.#refuse(replaced, connection, 'server-shutdown', 'the server is shutting down');
    return this.#refuse(
      replaced,
      connection,
      info?.reason ?? 'closed',
      info?.message || 'the connection closed during login',
    );
  }

  /** Ends a bind without binding; reports the bindings it had already taken over. */
  async #refuse(
    adopted: Binding<TTag>[],
    by: Connection,
    reason: DisconnectReason,
    message: string,
  ): Promise<BindResult<TTag>> {
    if (adopted.length > 0) {
      const user = adopted[0]!.user;
      await this.#removeFromStore(user.userId, adopted);
      const previous = this.#users.size;
      for (const b of adopted) this.#unindex(b);
      const current = snapshot(user);
      for (const b of adopted) this.#report(b, current, by);
      this.#countChanged(previous);
    }
    debug('bind of %s refused: %s', by.id, reason);
    return { ok: false, reason, message };
  }

  #onClose(binding: Binding<TTag>, info: CloseInfo): void {
    binding.markClosed(info);
    debug(
      'connection %s of user %s closed: %s (%s)',
      binding.connectionId,
      binding.userId,
      info.reason,
      info.initiator,
    );
    const finish = (): void => {
      this.#queue
        .run(binding.userId, () => this.#finishAlone(binding))
        .catch((error: unknown) => {
          debug('disconnect of %s failed: %O', binding.connectionId, error);
        });
    };
    if (binding.hold) void binding.hold.then(finish);
    else finish();
  }

  /** Reports a closed binding that no relogon took over. */
  async #finishAlone(binding: Binding<TTag>): Promise<void> {
    if (binding.finished || binding.replacedBy !== undefined) return;
    await this.#removeFromStore(binding.userId, [binding]);
    const previous = this.#users.size;
    this.#unindex(binding);
    this.#report(binding, snapshot(binding.user));
    this.#countChanged(previous);
  }

  #unindex(binding: Binding<TTag>): void {
    const { user } = binding;
    const at = user.bindings.indexOf(binding);
    if (at !== -1) user.bindings.splice(at, 1);
    this.#bindings.delete(binding.connectionId);
    if (user.bindings.length === 0 && this.#users.get(user.userId) === user) this.#users.delete(user.userId);
  }

  #report(binding: Binding<TTag>, user: OnlineUser<TTag>, by?: Connection): void {
    if (binding.finished) return;
    binding.finished = true;
    const info: DisconnectInfo = {
      connection: binding,
      message: binding.claim?.message ?? binding.closeInfo?.message ?? '',
      initiator: binding.claim ? 'local' : (binding.closeInfo?.initiator ?? 'local'),
      online: user.connections.length > 0,
    };
    this.#dispatch('userDisconnected', [user, binding.reason, info]);
    if (by && binding.claim?.reason === 'pushed-out') this.#dispatch('userPushedOut', [user, binding, by]);
    binding.markFinished();
  }

  #countChanged(previous: number): void {
    const count = this.#users.size;
    if (count !== previous) this.#dispatch('userCountChanged', [count, previous]);
  }

  async #removeFromStore(userId: string, bindings: readonly Binding<TTag>[]): Promise<void> {
    for (const b of bindings) {
      try {
        await this.store.removeConnection(userId, b.connectionId);
      } catch (error) {
        // The local state must stay consistent with the events even when the store fails.
        debug('store: removing %s of user %s failed: %O', b.connectionId, userId, error);
      }
    }
  }

  #entry(binding: Binding<TTag>): PresenceEntry {
    return {
      connectionId: binding.connectionId,
      serverId: this.serverId,
      deviceType: binding.deviceType,
      remoteAddress: binding.remoteAddress,
      remotePort: binding.remotePort,
      loginTime: binding.loginTime,
    };
  }

  /** Calls `userTimedOut` handlers and waits for the async ones, at most timedOutHandlerTimeoutMs. */
  async #runTimedOutHandlers(binding: Binding<TTag>): Promise<void> {
    const pending = this.#dispatch('userTimedOut', [snapshot(binding.user), binding]);
    if (pending.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const bound = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        debug(
          'userTimedOut handlers for %s still running after %d ms',
          binding.connectionId,
          this.#timedOutHandlerTimeoutMs,
        );
        resolve();
      }, this.#timedOutHandlerTimeoutMs);
    });
    await Promise.race([Promise.all(pending), bound]);
    clearTimeout(timer);
  }

  /**
   * Calls every listener even when one throws: a faulty handler must not leave the manager's state
   * half-updated. Errors (thrown or rejected) are reported as process warnings. Returns the promises
   * of async listeners, settled either way.
   */
  #dispatch<K extends keyof UserManagerEvents<TTag>>(
    event: K,
    args: UserManagerEvents<TTag>[K],
  ): Promise<void>[] {
    const pending: Promise<void>[] = [];
    const listeners = this.rawListeners(event as never) as Listener[];
    for (const listener of listeners) {
      try {
        const result = listener.apply(this, args);
        if (isPromiseLike(result)) {
          pending.push(
            Promise.resolve(result).then(noop, (error: unknown) => reportListenerError(event, error)),
          );
        }
      } catch (error) {
        reportListenerError(event, error);
      }
    }
    return pending;
  }
}

function snapshot<TTag>(user: LocalUser<TTag>): OnlineUser<TTag> {
  return { userId: user.userId, tag: user.tag, connections: [...user.bindings] };
}

function checkMs(name: string, value: number, min: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new ConfigError(`${name} must be a finite number >= ${min}, got ${String(value)}`);
  }
  return value;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null | undefined)?.then === 'function';
}

function reportListenerError(event: string, error: unknown): void {
  debug('a %s listener failed: %O', event, error);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const message = error instanceof Error ? error.message : String(error);
  emitWarning(`a ${event} listener failed: ${message}`, { type: 'HeartwireListenerError', detail });
}

function noop(): void {}
