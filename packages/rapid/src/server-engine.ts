// RapidServerEngine: transport + heartbeat checker + rpc + user manager assembled. It owns the life of
// every connection on the server: the login gate and its timeout, the heartbeat verdict and its
// close, the session service (login, logout, relays), application services, groups, and stop().

import { EventEmitter } from 'node:events';
import { HeartBeatChecker, validateSpans } from '@heartwire/heartbeat';
import {
  ConfigError,
  type Connection,
  type DisconnectReason,
  ErrorCodes,
  HeartwireError,
} from '@heartwire/protocol';
import {
  type CallContext,
  type MessageHandler,
  type NamedMessageType,
  type ReflectionHandlers,
  RpcError,
  RpcPeer,
  type RpcPeerOptions,
  RpcStatus,
  type ServerInterceptor,
  type ServiceConstructor,
  type ServiceHandlers,
} from '@heartwire/rpc';
import { TcpServerEngine, UdpServerEngine } from '@heartwire/transport';
import { type UserConnection, UserManager } from '@heartwire/user-manager';
import createDebug from 'debug';
import type protobuf from 'protobufjs';
import { GroupRegistry } from './groups.js';
import { LoginDeadlines } from './login-deadlines.js';
import {
  DEFAULT_HEARTBEAT_SPAN_SECS,
  DEFAULT_TIMEOUT_SPAN_SECS,
  positiveInteger,
  type RapidServerOptions,
  type RapidTransport,
  transportOf,
} from './options.js';
import {
  type LoginReply,
  type LoginRequest,
  type RelayedMessage,
  RelayedType,
  type RelayRequest,
  SessionService,
  type SettingsMessage,
  SettingsType,
} from './session-schema.js';

const debug = createDebug('heartwire:rapid:server');
const LOGIN_METHOD = 'heartwire.rapid.v1.Session/Login';

/** What `ctx.state` holds in every handler on the server. */
export interface SessionState {
  /** The logged-in user of this connection; undefined before login. */
  user?: UserConnection;
}

/** The context a service handler or message handler of the server receives. */
export type RapidCallContext = CallContext<SessionState>;

export interface LoginAttempt {
  readonly userId: string;
  readonly password: string;
  readonly deviceType: string;
  readonly connection: Connection;
}

/** true / { ok: true } accepts; false / { ok: false, message } refuses with that message. */
export type LoginVerdict =
  | boolean
  | { readonly ok: true }
  | { readonly ok: false; readonly message?: string };
export type VerifyLogin = (attempt: LoginAttempt) => LoginVerdict | Promise<LoginVerdict>;

export interface RapidServerEvents {
  /** A login was refused by verifyLogin or the relogon policy. */
  loginRefused: [attempt: Omit<LoginAttempt, 'password'>, reason: string, message: string];
}

type ServiceEntry =
  | { readonly service: protobuf.Service; readonly handlers: ReflectionHandlers<SessionState> }
  | { readonly service: ServiceConstructor; readonly handlers: object };

export class RapidServerEngine extends EventEmitter<RapidServerEvents> implements AsyncDisposable {
  readonly transport: RapidTransport;
  readonly userManager: UserManager;
  readonly groups = new GroupRegistry();
  /** Checks credentials; the default accepts every non-empty user id. */
  verifyLogin: VerifyLogin = () => true;

  readonly #options: RapidServerOptions;
  readonly #engine: TcpServerEngine | UdpServerEngine;
  readonly #checker: HeartBeatChecker;
  readonly #peers = new Map<string, RpcPeer<SessionState>>();
  /** Connections not logged in yet, until their login timeout (one timer for all of them). */
  readonly #loginDeadlines: LoginDeadlines<Connection>;
  /** Every connection's 'close' listener: one function, the connection comes as `this`. */
  readonly #onConnectionClose: (this: Connection) => void;
  readonly #services: ServiceEntry[] = [];
  readonly #messageHandlers: [NamedMessageType<unknown, never>, MessageHandler<unknown, SessionState>][] = [];
  readonly #interceptors: ServerInterceptor<SessionState>[] = [];
  readonly #loginTimeoutMs: number;
  readonly #stopTimeoutMs: number;
  readonly #minHeartBeatSpanInSecs: number;
  #heartBeatSpanInSecs: number;
  #timeoutSpanInSecs: number;
  #started = false;
  #stopping: Promise<void> | undefined;
  /**
   * What every connection's RpcPeer is built from, made once: the session handlers take the
   * connection from the call context, so one set of functions serves all connections.
   */
  readonly #sessionHandlers: ReflectionHandlers<SessionState> = {
    login: (request, ctx) => this.#login(request as unknown as LoginRequest, ctx),
    logout: (_request, ctx) => this.#logout(ctx),
    sendToUser: (request, ctx) => this.#relayToUser(request as unknown as RelayRequest, ctx),
    sendToGroup: (request, ctx) => this.#relayToGroup(request as unknown as RelayRequest, ctx),
  };
  /** Peer options; fixed at start() (interceptors may only be added before it). */
  #peerOptions: RpcPeerOptions<SessionState> | undefined;

  constructor(options: RapidServerOptions = {}) {
    super();
    this.#options = options;
    this.transport = transportOf(options.transport);
    this.#heartBeatSpanInSecs = options.heartBeatSpanInSecs ?? DEFAULT_HEARTBEAT_SPAN_SECS;
    this.#timeoutSpanInSecs = options.timeoutSpanInSecs ?? DEFAULT_TIMEOUT_SPAN_SECS;
    validateSpans(this.#heartBeatSpanInSecs, this.#timeoutSpanInSecs);
    this.#minHeartBeatSpanInSecs = options.minHeartBeatSpanInSecs ?? 0.5;
    if (!(this.#minHeartBeatSpanInSecs > 0)) throw new ConfigError('minHeartBeatSpanInSecs must be > 0');
    this.#loginTimeoutMs = positiveInteger('loginTimeoutMs', options.loginTimeoutMs, 10_000);
    this.#loginDeadlines = new LoginDeadlines(this.#loginTimeoutMs, (connection) => {
      if (this.#peers.get(connection.id)?.state.user) return;
      debug('%s did not log in within %d ms', connection.id, this.#loginTimeoutMs);
      void connection.close('login-timeout', `no login within ${this.#loginTimeoutMs} ms`);
    });
    const engine = this;
    this.#onConnectionClose = function (this: Connection) {
      engine.#loginDeadlines.delete(this);
      engine.#peers.delete(this.id);
    };
    this.#stopTimeoutMs = positiveInteger('stopTimeoutMs', options.stopTimeoutMs, 5000);
    const common = {
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
    };
    this.#engine =
      this.transport === 'tcp'
        ? new TcpServerEngine({
            ...common,
            ...(options.maxFrameBytes === undefined ? {} : { maxFrameBytes: options.maxFrameBytes }),
          })
        : new UdpServerEngine(common);
    this.userManager = new UserManager({
      ...(options.relogonPolicy === undefined ? {} : { relogonPolicy: options.relogonPolicy }),
      ...(options.userStore === undefined ? {} : { store: options.userStore }),
    });
    this.#checker = new HeartBeatChecker({
      timeoutSpanInSecs: this.#timeoutSpanInSecs,
      ...(options.tickMs === undefined ? {} : { tickMs: options.tickMs }),
    });
    this.#checker.on('timedOut', (connection) => this.#onTimedOut(connection));
    this.#engine.on('connection', (connection) => this.#onConnection(connection));
  }

  /** N: a client sends a PING after this many seconds without traffic. New values reach connected clients. */
  get heartBeatSpanInSecs(): number {
    return this.#heartBeatSpanInSecs;
  }

  set heartBeatSpanInSecs(value: number) {
    this.setHeartbeat({ heartBeatSpanInSecs: value });
  }

  /** M: a client silent for this many seconds is timed out and closed. */
  get timeoutSpanInSecs(): number {
    return this.#timeoutSpanInSecs;
  }

  set timeoutSpanInSecs(value: number) {
    this.setHeartbeat({ timeoutSpanInSecs: value });
  }

  /** Changes N and M together (each setter alone must keep N < M); applies at once and tells every client. */
  setHeartbeat(spans: { heartBeatSpanInSecs?: number; timeoutSpanInSecs?: number }): void {
    const n = spans.heartBeatSpanInSecs ?? this.#heartBeatSpanInSecs;
    const m = spans.timeoutSpanInSecs ?? this.#timeoutSpanInSecs;
    validateSpans(n, m);
    this.#heartBeatSpanInSecs = n;
    this.#timeoutSpanInSecs = m;
    this.#checker.timeoutSpanInSecs = m;
    const settings: SettingsMessage = {
      heartbeatSpanMs: Math.round(n * 1000),
      timeoutSpanMs: Math.round(m * 1000),
    };
    for (const peer of this.#peers.values()) {
      if (peer.state.user) this.#trySend(peer, SettingsType, settings);
    }
  }

  /** The port listened on (after start()). */
  get port(): number {
    return this.#engine.port;
  }

  /** Connections open now, logged in or not. */
  get connectionCount(): number {
    return this.#peers.size;
  }

  /** Transport counters (accepted, refused, invalid messages, dropped datagrams, ...). */
  get transportStats() {
    return this.#engine.stats;
  }

  async start(): Promise<void> {
    if (this.#started) throw new HeartwireError(ErrorCodes.INVALID_STATE, 'server already started');
    if (this.#stopping) throw new HeartwireError(ErrorCodes.INVALID_STATE, 'server is stopped');
    this.#started = true;
    await this.#engine.start();
    debug('listening on %s port %d', this.transport, this.port);
  }

  /** Serves a service on every connection (existing and future); handlers see `ctx.state.user`. */
  addService<S extends protobuf.rpc.Service>(
    service: ServiceConstructor<S>,
    handlers: ServiceHandlers<S, SessionState>,
  ): this;
  addService(service: protobuf.Service, handlers: ReflectionHandlers<SessionState>): this;
  addService(service: protobuf.Service | ServiceConstructor, handlers: object): this {
    const entry = { service, handlers } as ServiceEntry;
    this.#services.push(entry);
    for (const peer of this.#peers.values()) implement(peer, entry);
    return this;
  }

  /** Handles typed messages clients send with `client.sendToServer(Type, message)`. */
  onMessage<Out, In>(type: NamedMessageType<Out, In>, handler: MessageHandler<Out, SessionState>): this {
    const entry = [type, handler] as unknown as [
      NamedMessageType<unknown, never>,
      MessageHandler<unknown, SessionState>,
    ];
    this.#messageHandlers.push(entry);
    for (const peer of this.#peers.values()) peer.on(entry[0], entry[1]);
    return this;
  }

  /** Adds a server interceptor run around every inbound call and message (after the login gate). */
  use(interceptor: ServerInterceptor<SessionState>): this {
    if (this.#started) throw new HeartwireError(ErrorCodes.INVALID_STATE, 'add interceptors before start()');
    this.#interceptors.push(interceptor);
    return this;
  }

  /** Pushes a typed message to every connection of a user. Returns how many connections it was queued on. */
  sendToUser<In>(userId: string, type: NamedMessageType<unknown, In>, message: In): number {
    let sent = 0;
    for (const uc of this.userManager.getConnections(userId)) {
      const peer = this.#peers.get(uc.connectionId);
      if (peer && this.#trySend(peer, type, message)) sent++;
    }
    return sent;
  }

  /** Pushes a typed message to every online member of a group (but `except`). Returns connections reached. */
  sendToGroup<In>(
    groupId: string,
    type: NamedMessageType<unknown, In>,
    message: In,
    except?: string,
  ): number {
    let sent = 0;
    for (const userId of this.groups.members(groupId)) {
      if (userId !== except) sent += this.sendToUser(userId, type, message);
    }
    return sent;
  }

  /** Pushes a typed message to every logged-in connection. */
  broadcast<In>(type: NamedMessageType<unknown, In>, message: In): number {
    let sent = 0;
    for (const peer of this.#peers.values()) {
      if (peer.state.user && this.#trySend(peer, type, message)) sent++;
    }
    return sent;
  }

  /** CLOSE `kicked-out` with the text to every connection of the user. False when it was not online. */
  kickOut(userId: string, message?: string): Promise<boolean> {
    return this.userManager.kickOut(userId, message);
  }

  /**
   * Graceful stop: no new logins, in-flight calls get up to `stopTimeoutMs` to be answered, then
   * CLOSE `server-shutdown` to everyone and the port is released. Idempotent.
   */
  stop(): Promise<void> {
    this.#stopping ??= this.#stop();
    return this.#stopping;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.stop();
  }

  async #stop(): Promise<void> {
    const until = Date.now() + this.#stopTimeoutMs;
    while (Date.now() < until && [...this.#peers.values()].some((peer) => peer.runningHandlers > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    this.#loginDeadlines.clear();
    // Answers still waiting for the end of this turn (UDP) go out before CLOSE `server-shutdown`.
    for (const peer of this.#peers.values()) peer.flush();
    await this.userManager.shutdown();
    await this.#engine.close();
    this.#checker.close();
    debug('stopped');
  }

  #onConnection(connection: Connection): void {
    if (this.#stopping) {
      void connection.close('server-shutdown', 'the server is shutting down');
      return;
    }
    this.#peerOptions ??= {
      serverInterceptors: [requireLogin, ...this.#interceptors],
      ...(this.#options.defaultTimeoutMs === undefined
        ? {}
        : { defaultTimeoutMs: this.#options.defaultTimeoutMs }),
      ...(this.#options.maxConcurrentInbound === undefined
        ? {}
        : { maxConcurrentInbound: this.#options.maxConcurrentInbound }),
    };
    const peer = new RpcPeer<SessionState>(connection, { ...this.#peerOptions, state: {} });
    peer.implement(SessionService, this.#sessionHandlers);
    for (const entry of this.#services) implement(peer, entry);
    for (const [type, handler] of this.#messageHandlers) peer.on(type, handler);
    this.#peers.set(connection.id, peer);
    this.#checker.watch(connection);
    this.#loginDeadlines.add(connection);
    connection.on('close', this.#onConnectionClose);
  }

  #onTimedOut(connection: Connection): void {
    if (this.userManager.getConnection(connection)) {
      void this.userManager.timeOut(connection);
    } else {
      void connection.close('heartbeat-timeout', 'no data from the client within the timeout');
    }
  }

  async #login(request: LoginRequest, ctx: RapidCallContext): Promise<LoginReply> {
    const { connection } = ctx;
    const attempt = {
      userId: request.userId,
      deviceType: request.deviceType || 'default',
      connection,
    };
    if (this.#stopping) return this.#refuse(attempt, 'server-shutdown', 'the server is shutting down');
    if (ctx.state.user) return this.#refuse(attempt, 'login-refused', 'this connection is already logged in');
    if (!request.userId) return this.#refuse(attempt, 'login-refused', 'a user id is required');
    let verdict: LoginVerdict;
    try {
      verdict = await this.verifyLogin({ ...attempt, password: request.password });
    } catch (error) {
      debug('verifyLogin threw for %s: %O', request.userId, error);
      return this.#refuse(attempt, 'login-refused', 'the login could not be verified');
    }
    const ok = verdict === true || (typeof verdict === 'object' && verdict.ok);
    if (!ok) {
      const message =
        (typeof verdict === 'object' && !verdict.ok && verdict.message) || 'invalid credentials';
      return this.#refuse(attempt, 'login-refused', message);
    }
    if (connection.state !== 'open')
      throw new RpcError(RpcStatus.UNAVAILABLE, 'the connection closed during login');
    const bound = await this.userManager.bind(connection, {
      userId: attempt.userId,
      deviceType: attempt.deviceType,
    });
    if (!bound.ok) return this.#refuse(attempt, bound.reason, bound.message);
    ctx.state.user = bound.connection;
    this.#loginDeadlines.delete(connection);
    const requested = request.requestedHeartbeatMs / 1000;
    const heartBeat =
      requested > 0
        ? Math.min(this.#heartBeatSpanInSecs, Math.max(this.#minHeartBeatSpanInSecs, requested))
        : this.#heartBeatSpanInSecs;
    debug('%s logged in as %s (%s)', connection.id, attempt.userId, attempt.deviceType);
    return {
      ok: true,
      reason: '',
      message: '',
      heartbeatSpanMs: Math.round(heartBeat * 1000),
      timeoutSpanMs: Math.round(this.#timeoutSpanInSecs * 1000),
    };
  }

  /** Answers a refused login, then closes the connection with the reason once the answer is out. */
  #refuse(attempt: Omit<LoginAttempt, 'password'>, reason: DisconnectReason, message: string): LoginReply {
    debug('login of %s refused: %s %s', attempt.userId, reason, message);
    this.emit('loginRefused', attempt, reason, message);
    const { connection } = attempt;
    // The reply is queued after this handler returns; closing on the next turn puts CLOSE behind it
    // (on UDP the reply may still wait for the end of that turn: flushed first).
    setImmediate(() => {
      if (this.userManager.getConnection(connection)) return;
      this.#peers.get(connection.id)?.flush();
      void connection.close(reason, message);
    });
    return { ok: false, reason, message, heartbeatSpanMs: 0, timeoutSpanMs: 0 };
  }

  async #logout(ctx: RapidCallContext): Promise<object> {
    const { connection } = ctx;
    // Close after the reply is out, so the client sees its logout succeed before CLOSE `logged-out`.
    setImmediate(() => {
      this.#peers.get(connection.id)?.flush();
      void this.userManager.logout(connection);
    });
    return {};
  }

  #relayToUser(request: RelayRequest, ctx: RapidCallContext): object {
    const from = ctx.state.user!.userId;
    if (!this.userManager.isOnline(request.target)) {
      throw new RpcError(RpcStatus.UNAVAILABLE, `user '${request.target}' is not online`);
    }
    const relayed: RelayedMessage = {
      fromUserId: from,
      groupId: '',
      typeName: request.typeName,
      payload: request.payload,
    };
    this.sendToUser(request.target, RelayedType, relayed);
    return {};
  }

  #relayToGroup(request: RelayRequest, ctx: RapidCallContext): { delivered: number } {
    const from = ctx.state.user!.userId;
    if (!this.groups.isMember(request.target, from)) {
      throw new RpcError(RpcStatus.PERMISSION_DENIED, `not a member of group '${request.target}'`);
    }
    const relayed: RelayedMessage = {
      fromUserId: from,
      groupId: request.target,
      typeName: request.typeName,
      payload: request.payload,
    };
    return { delivered: this.sendToGroup(request.target, RelayedType, relayed, from) };
  }

  #trySend<In>(peer: RpcPeer<SessionState>, type: NamedMessageType<unknown, In>, message: In): boolean {
    try {
      peer.send(type, message);
      return true;
    } catch (error) {
      debug('push to %s failed: %s', peer.connection.id, (error as Error).message);
      return false;
    }
  }
}

/** The login gate: before a connection has logged in, only Session/Login may be called. */
const requireLogin: ServerInterceptor<SessionState> = (ctx, next) => {
  if (!ctx.state.user && ctx.method !== LOGIN_METHOD) {
    return Promise.reject(new RpcError(RpcStatus.UNAUTHENTICATED, 'log in first'));
  }
  return next();
};

function implement(peer: RpcPeer<SessionState>, entry: ServiceEntry): void {
  peer.implement(entry.service as protobuf.Service, entry.handlers as ReflectionHandlers<SessionState>);
}
