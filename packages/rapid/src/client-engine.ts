// RapidClientEngine: connects, logs in, keeps the heartbeat going both ways, and after an
// interruption reconnects and logs in again by itself (jittered exponential backoff), reporting each
// step. It owns the client side's rule for work issued while offline: calls wait for the
// reconnection up to their own deadline; fire-and-forget sends fail at once with a clear error.

import { EventEmitter } from 'node:events';
import { HeartBeatChecker, HeartBeater } from '@heartwire/heartbeat';
import {
  type CloseInfo,
  type Connection,
  ConnectionClosedError,
  type DisconnectReason,
  ErrorCodes,
  HeartwireError,
} from '@heartwire/protocol';
import {
  type CallOptions,
  type MethodDefinition,
  methodsOf,
  type NamedMessageType,
  type ReflectionClient,
  RpcError,
  RpcPeer,
  RpcStatus,
  type ServiceClient,
  type ServiceConstructor,
  typeNameOf,
} from '@heartwire/rpc';
import { TcpClientEngine, UdpClientEngine } from '@heartwire/transport';
import createDebug from 'debug';
import type protobuf from 'protobufjs';
import { backoffDelay, type ResolvedBackoff, resolveBackoff } from './backoff.js';
import { positiveInteger, type RapidClientOptions, type RapidTransport, transportOf } from './options.js';
import {
  type LoginReply,
  type LoginRequest,
  type RelayedMessage,
  RelayedType,
  SessionService,
  type SettingsMessage,
  SettingsType,
} from './session-schema.js';

const debug = createDebug('heartwire:rapid:client');

export interface Credentials {
  readonly userId: string;
  readonly password?: string;
  /** The client or device type (`desktop`, `mobile`, ...). Default `default`. */
  readonly deviceType?: string;
}

export interface LoginResult {
  readonly userId: string;
  /** N as the server set it for this client. */
  readonly heartBeatSpanInSecs: number;
  /** M as the server set it. */
  readonly timeoutSpanInSecs: number;
}

/** Where a typed message came from: the server itself, or another user through it. */
export interface MessageInfo {
  /** The sending user, for relayed messages; undefined for the server's own pushes. */
  readonly from: string | undefined;
  /** The group it was sent to, for group relays. */
  readonly group: string | undefined;
}

export type ClientMessageHandler<T> = (message: T, info: MessageInfo) => void;

export const ClientState = {
  IDLE: 'idle',
  CONNECTING: 'connecting',
  ONLINE: 'online',
  RECONNECTING: 'reconnecting',
  CLOSED: 'closed',
} as const;
export type ClientState = (typeof ClientState)[keyof typeof ClientState];

export interface RapidClientEvents {
  /** The first login succeeded. */
  loggedIn: [result: LoginResult];
  /** The connection to the server was lost (the reason says how) and a reconnection will follow. */
  connectionInterrupted: [info: CloseInfo];
  /** Waiting `delayMs` before reconnection attempt `attempt` (1-based). */
  reconnecting: [attempt: number, delayMs: number];
  /** Reconnected and logged in again. */
  relogonCompleted: [result: LoginResult];
  /** Gave up reconnecting: the login was refused, or `maxAttempts` ran out. No more retries. */
  reconnectFailed: [reason: string, error: Error];
  /** Our own checker found the server silent for `timeoutSpanInSecs`. */
  serverTimedOut: [];
  /** The server kicked this client out; no reconnection. */
  kickedOut: [message: string];
  /** The same user logged in elsewhere and this connection was replaced; no reconnection. */
  pushedOut: [message: string];
  /** The server changed the heartbeat settings. */
  settingsChanged: [heartBeatSpanInSecs: number, timeoutSpanInSecs: number];
  /** The client is closed for good (close(), logout(), kick, push-out, gave up). */
  closed: [reason: string];
}

/** A login the server refused; `reason` is the DisconnectReason it gave. */
export class LoginRefusedError extends HeartwireError {
  readonly reason: string;

  constructor(reason: string, message: string) {
    super(ErrorCodes.REFUSED, message || `login refused (${reason})`);
    this.reason = reason;
  }
}

interface Session {
  readonly connection: Connection;
  readonly peer: RpcPeer;
  readonly beater: HeartBeater;
  readonly checker: HeartBeatChecker;
}

interface Subscription {
  readonly type: NamedMessageType<unknown, never>;
  readonly handlers: Set<ClientMessageHandler<unknown>>;
}

/** Reasons after which reconnecting would be wrong: the server meant it. */
const FINAL_REASONS: ReadonlySet<DisconnectReason> = new Set(['kicked-out', 'pushed-out', 'logged-out']);

export class RapidClientEngine extends EventEmitter<RapidClientEvents> implements AsyncDisposable {
  readonly transport: RapidTransport;
  readonly #options: RapidClientOptions;
  readonly #backoff: ResolvedBackoff;
  readonly #autoReconnect: boolean;
  readonly #defaultTimeoutMs: number;
  readonly #loginTimeoutMs: number;
  readonly #subscriptions = new Map<string, Subscription>();
  readonly #waiters = new Set<{ resolve: (peer: RpcPeer) => void; reject: (error: Error) => void }>();
  #state: ClientState = 'idle';
  #credentials: Credentials | undefined;
  #session: Session | undefined;
  #result: LoginResult | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  #wakeRetry: (() => void) | undefined;
  #closedReported = false;

  constructor(options: RapidClientOptions) {
    super();
    this.#options = options;
    this.transport = transportOf(options.transport);
    positiveInteger('port', options.port, 1);
    this.#backoff = resolveBackoff(options.reconnect);
    this.#autoReconnect = options.autoReconnect ?? true;
    this.#defaultTimeoutMs = positiveInteger('defaultTimeoutMs', options.defaultTimeoutMs, 30_000);
    this.#loginTimeoutMs = positiveInteger('loginTimeoutMs', options.loginTimeoutMs, 10_000);
  }

  get state(): ClientState {
    return this.#state;
  }

  /** The user id once logged in. */
  get userId(): string | undefined {
    return this.#result?.userId;
  }

  /** The heartbeat settings in force (from the server), once logged in. */
  get settings(): LoginResult | undefined {
    return this.#result;
  }

  /** Round-trip times measured by the heartbeat (ms), while online. */
  get rtt() {
    return this.#session?.beater.rtt;
  }

  /** The current connection, while online. */
  get connection(): Connection | undefined {
    return this.#session?.connection;
  }

  /** Connects and logs in. Rejects with LoginRefusedError (refused) or a transport error (unreachable). */
  async login(credentials: Credentials): Promise<LoginResult> {
    if (this.#state !== 'idle') {
      throw new HeartwireError(
        ErrorCodes.INVALID_STATE,
        `login() needs an idle client; it is ${this.#state}`,
      );
    }
    this.#credentials = credentials;
    this.#state = 'connecting';
    try {
      const result = await this.#connectAndLogin();
      this.emit('loggedIn', result);
      return result;
    } catch (error) {
      if (this.#state === 'connecting') this.#state = 'idle';
      throw error;
    }
  }

  /** A stub whose calls go to the server's service, waiting through reconnections up to their deadline. */
  service<S extends protobuf.rpc.Service>(service: ServiceConstructor<S>): ServiceClient<S>;
  service(service: protobuf.Service): ReflectionClient;
  service(service: protobuf.Service | ServiceConstructor): object {
    const stub: Record<string, (request: unknown, options?: CallOptions) => Promise<unknown>> = {};
    for (const method of methodsOf(service)) {
      stub[method.key] = (request, options) => this.call(method, request, options);
    }
    return Object.freeze(stub);
  }

  /** Calls one method; waits for a reconnection (if one is under way) up to the call's deadline. */
  async call<Req, Res>(
    method: MethodDefinition<Req, Res>,
    request: unknown,
    options: CallOptions = {},
  ): Promise<Res> {
    const deadline = options.deadline ?? Date.now() + (options.timeoutMs ?? this.#defaultTimeoutMs);
    const peer = await this.#ready(deadline, options.signal);
    const { timeoutMs: _t, ...rest } = options;
    return peer.call(method, request, { ...rest, deadline });
  }

  /** Receives typed messages of `type`: the server's pushes and other users' relays. Returns an unsubscribe. */
  onMessage<Out, In>(type: NamedMessageType<Out, In>, handler: ClientMessageHandler<Out>): () => void {
    const name = typeNameOf(type as NamedMessageType<unknown, never>);
    let sub = this.#subscriptions.get(name);
    if (!sub) {
      sub = { type: type as NamedMessageType<unknown, never>, handlers: new Set() };
      this.#subscriptions.set(name, sub);
      if (this.#session) this.#subscribe(this.#session.peer, sub);
    }
    sub.handlers.add(handler as ClientMessageHandler<unknown>);
    return () => sub.handlers.delete(handler as ClientMessageHandler<unknown>);
  }

  /**
   * Fire-and-forget: a typed message to the server's `onMessage` handlers. Offline (reconnecting) it
   * throws ConnectionClosedError at once: nothing is queued, so nothing is lost silently.
   */
  sendToServer<In>(type: NamedMessageType<unknown, In>, message: In): void {
    const session = this.#session;
    if (!session || this.#state !== 'online') throw new ConnectionClosedError(`client is ${this.#state}`);
    session.peer.send(type, message);
  }

  /** Sends a typed message to every connection of another user, through the server. Rejects if offline. */
  async sendToUser<In>(
    userId: string,
    type: NamedMessageType<unknown, In>,
    message: In,
    options?: CallOptions,
  ): Promise<void> {
    await this.#relay('sendToUser', userId, type, message, options);
  }

  /** Sends a typed message to the other members of a group. Resolves with the connections reached. */
  async sendToGroup<In>(
    groupId: string,
    type: NamedMessageType<unknown, In>,
    message: In,
    options?: CallOptions,
  ): Promise<number> {
    const reply = (await this.#relay('sendToGroup', groupId, type, message, options)) as {
      delivered?: number;
    };
    return reply.delivered ?? 0;
  }

  /** Logs out (the server closes with `logged-out`) and closes the client for good. */
  async logout(): Promise<void> {
    const session = this.#session;
    if (this.#state === 'online' && session) {
      this.#state = 'closed';
      try {
        await session.peer.call(methodFor('logout'), {}, { timeoutMs: this.#loginTimeoutMs });
      } catch (error) {
        debug('logout call failed: %s', (error as Error).message);
      }
      await session.connection.close('logged-out', 'logged out');
    }
    await this.close();
  }

  /** Closes the connection and stops reconnecting. Idempotent. */
  async close(): Promise<void> {
    this.#state = 'closed';
    clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    this.#wakeRetry?.();
    this.#rejectWaiters(new RpcError(RpcStatus.UNAVAILABLE, 'the client is closed'));
    const session = this.#session;
    this.#session = undefined;
    if (session) {
      this.#stopSession(session);
      await session.connection.close('closed', 'client closed');
    }
    this.#reportClosed('closed');
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #relay<In>(
    methodKey: 'sendToUser' | 'sendToGroup',
    target: string,
    type: NamedMessageType<unknown, In>,
    message: In,
    options: CallOptions = {},
  ): Promise<unknown> {
    const payload = type.encode(message).finish();
    return this.call(
      methodFor(methodKey),
      { target, typeName: typeNameOf(type as NamedMessageType<unknown, never>), payload },
      options,
    );
  }

  async #connectAndLogin(): Promise<LoginResult> {
    const credentials = this.#credentials!;
    const common = {
      host: this.#options.host ?? '127.0.0.1',
      port: this.#options.port,
      ...(this.#options.connectTimeoutMs === undefined
        ? {}
        : { connectTimeoutMs: this.#options.connectTimeoutMs }),
    };
    const engine =
      this.transport === 'tcp'
        ? new TcpClientEngine({
            ...common,
            ...(this.#options.maxFrameBytes === undefined
              ? {}
              : { maxFrameBytes: this.#options.maxFrameBytes }),
          })
        : new UdpClientEngine(common);
    const connection = await engine.connect();
    const peer = new RpcPeer(connection, { defaultTimeoutMs: this.#defaultTimeoutMs });
    peer.on(SettingsType, (settings) => this.#applySettings(settings as unknown as SettingsMessage));
    peer.on(RelayedType, (relayed) => this.#dispatchRelayed(relayed as unknown as RelayedMessage));
    for (const sub of this.#subscriptions.values()) this.#subscribe(peer, sub);
    const request: LoginRequest = {
      userId: credentials.userId,
      password: credentials.password ?? '',
      deviceType: credentials.deviceType ?? 'default',
      requestedHeartbeatMs: Math.round((this.#options.heartBeatSpanInSecs ?? 0) * 1000),
    };
    let reply: LoginReply;
    try {
      reply = (await peer.call(methodFor('login'), request, {
        timeoutMs: this.#loginTimeoutMs,
      })) as LoginReply;
    } catch (error) {
      connection.destroy('closed', 'login failed');
      throw error;
    }
    if (!reply.ok) {
      await connection.close('closed', 'login refused');
      throw new LoginRefusedError(reply.reason, reply.message);
    }
    if (this.#state === 'closed') {
      await connection.close('closed', 'client closed');
      throw new RpcError(RpcStatus.UNAVAILABLE, 'the client was closed during login');
    }
    const result: LoginResult = {
      userId: credentials.userId,
      heartBeatSpanInSecs: reply.heartbeatSpanMs / 1000,
      timeoutSpanInSecs: reply.timeoutSpanMs / 1000,
    };
    const beater = new HeartBeater(connection, { heartBeatSpanInSecs: result.heartBeatSpanInSecs });
    const checker = new HeartBeatChecker({
      timeoutSpanInSecs: result.timeoutSpanInSecs,
      ...(this.#options.tickMs === undefined ? {} : { tickMs: this.#options.tickMs }),
    });
    checker.on('timedOut', () => {
      debug('server silent for %d s', result.timeoutSpanInSecs);
      this.emit('serverTimedOut');
      void connection.close('heartbeat-timeout', 'no data from the server within the timeout');
    });
    checker.watch(connection);
    const session: Session = { connection, peer, beater, checker };
    this.#session = session;
    this.#result = result;
    this.#state = 'online';
    connection.once('close', (info) => this.#onClose(session, info));
    if (connection.state !== 'open')
      this.#onClose(session, { reason: 'network-interrupted', message: '', initiator: 'remote' });
    for (const waiter of this.#waiters) waiter.resolve(peer);
    this.#waiters.clear();
    debug(
      'logged in as %s (N=%d s, M=%d s)',
      result.userId,
      result.heartBeatSpanInSecs,
      result.timeoutSpanInSecs,
    );
    return result;
  }

  #onClose(session: Session, info: CloseInfo): void {
    if (this.#session !== session) return;
    this.#session = undefined;
    this.#stopSession(session);
    if (this.#state === 'closed') return;
    debug('connection closed: %s %s (%s)', info.reason, info.message, info.initiator);
    if (info.initiator === 'remote' && FINAL_REASONS.has(info.reason)) {
      this.#state = 'closed';
      this.#rejectWaiters(new RpcError(RpcStatus.UNAVAILABLE, `closed by the server: ${info.reason}`));
      if (info.reason === 'kicked-out') this.emit('kickedOut', info.message);
      else if (info.reason === 'pushed-out') this.emit('pushedOut', info.message);
      this.#reportClosed(info.reason);
      return;
    }
    this.emit('connectionInterrupted', info);
    if (!this.#autoReconnect) {
      this.#state = 'closed';
      this.#rejectWaiters(new RpcError(RpcStatus.UNAVAILABLE, 'connection lost and autoReconnect is off'));
      this.#reportClosed(info.reason);
      return;
    }
    this.#state = 'reconnecting';
    void this.#reconnect();
  }

  async #reconnect(): Promise<void> {
    for (let attempt = 1; attempt <= this.#backoff.maxAttempts; attempt++) {
      const delayMs = backoffDelay(attempt, this.#backoff);
      this.emit('reconnecting', attempt, delayMs);
      await new Promise<void>((resolve) => {
        this.#wakeRetry = resolve;
        this.#retryTimer = setTimeout(resolve, delayMs);
      });
      this.#retryTimer = undefined;
      this.#wakeRetry = undefined;
      if (this.#state !== 'reconnecting') return;
      try {
        const result = await this.#connectAndLogin();
        this.emit('relogonCompleted', result);
        return;
      } catch (error) {
        if (this.#state !== 'reconnecting') return;
        if (error instanceof LoginRefusedError) {
          this.#giveUp(error.reason, error);
          return;
        }
        debug('reconnection attempt %d failed: %s', attempt, (error as Error).message);
      }
    }
    this.#giveUp('max-attempts', new RpcError(RpcStatus.UNAVAILABLE, 'reconnection attempts exhausted'));
  }

  #giveUp(reason: string, error: Error): void {
    this.#state = 'closed';
    this.#rejectWaiters(
      error instanceof RpcError ? error : new RpcError(RpcStatus.UNAVAILABLE, error.message),
    );
    this.emit('reconnectFailed', reason, error);
    this.#reportClosed(reason);
  }

  /** The peer to call on: at once when online, after the reconnection when one is under way. */
  #ready(deadline: number, signal: AbortSignal | undefined): Promise<RpcPeer> {
    if (this.#state === 'online' && this.#session) return Promise.resolve(this.#session.peer);
    if (this.#state !== 'reconnecting' && this.#state !== 'connecting') {
      return Promise.reject(new RpcError(RpcStatus.UNAVAILABLE, `client is ${this.#state}`));
    }
    return new Promise((resolve, reject) => {
      const settle = (fn: () => void) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#waiters.delete(waiter);
        fn();
      };
      const waiter = {
        resolve: (peer: RpcPeer) => settle(() => resolve(peer)),
        reject: (error: Error) => settle(() => reject(error)),
      };
      const onAbort = () =>
        waiter.reject(new RpcError(RpcStatus.CANCELLED, 'call cancelled while reconnecting'));
      const timer = setTimeout(
        () => waiter.reject(new RpcError(RpcStatus.DEADLINE_EXCEEDED, 'deadline passed while reconnecting')),
        Math.max(0, deadline - Date.now()),
      );
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.add(waiter);
    });
  }

  #rejectWaiters(error: Error): void {
    for (const waiter of [...this.#waiters]) waiter.reject(error);
  }

  #subscribe(peer: RpcPeer, sub: Subscription): void {
    peer.on(sub.type, (message) => {
      for (const handler of sub.handlers)
        this.#deliver(handler, message, { from: undefined, group: undefined });
    });
  }

  #dispatchRelayed(relayed: RelayedMessage): void {
    const sub = this.#subscriptions.get(relayed.typeName);
    if (!sub || sub.handlers.size === 0) {
      debug('relayed %s from %s has no handler: dropped', relayed.typeName, relayed.fromUserId);
      return;
    }
    let message: unknown;
    try {
      message = sub.type.decode(relayed.payload);
    } catch (error) {
      debug(
        'relayed %s from %s does not decode: %s',
        relayed.typeName,
        relayed.fromUserId,
        (error as Error).message,
      );
      return;
    }
    const info: MessageInfo = { from: relayed.fromUserId, group: relayed.groupId || undefined };
    for (const handler of sub.handlers) this.#deliver(handler, message, info);
  }

  #deliver(handler: ClientMessageHandler<unknown>, message: unknown, info: MessageInfo): void {
    try {
      handler(message, info);
    } catch (error) {
      debug('message handler threw: %O', error);
    }
  }

  #applySettings(settings: SettingsMessage): void {
    const session = this.#session;
    if (!session || !this.#result) return;
    const n = settings.heartbeatSpanMs / 1000;
    const m = settings.timeoutSpanMs / 1000;
    try {
      session.checker.timeoutSpanInSecs = m;
      session.beater.heartBeatSpanInSecs = n;
    } catch (error) {
      debug('ignored bad settings from the server: %s', (error as Error).message);
      return;
    }
    this.#result = { ...this.#result, heartBeatSpanInSecs: n, timeoutSpanInSecs: m };
    this.emit('settingsChanged', n, m);
  }

  /** `closed` fires once, whichever path ends the client first (close, logout, kick, push-out, giving up). */
  #reportClosed(reason: string): void {
    if (this.#closedReported) return;
    this.#closedReported = true;
    this.emit('closed', reason);
  }

  #stopSession(session: Session): void {
    session.beater.stop();
    session.checker.close();
  }
}

const sessionMethods = new Map<string, MethodDefinition>(methodsOf(SessionService).map((m) => [m.key, m]));

function methodFor(key: 'login' | 'logout' | 'sendToUser' | 'sendToGroup'): MethodDefinition {
  return sessionMethods.get(key)!;
}
