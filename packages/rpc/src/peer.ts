// RpcPeer: request/response, notifications and typed messages over one Connection, symmetric (each
// side can serve and call). Owns the call bookkeeping at the boundary between envelopes and user
// code: deadlines, cancellation, bounds, the close of the connection, and, on datagram links,
// retransmission (caller) and de-duplication with replay (callee).

import type { Buffer } from 'node:buffer';
import {
  type CloseInfo,
  type Connection,
  ConnectionClosedError,
  ErrorCodes,
  FrameKind,
  HeartwireError,
} from '@heartwire/protocol';
import createDebug from 'debug';
import type protobuf from 'protobufjs';
import { nextCallId } from './call-id.js';
import { type CallEntry, CallTable } from './call-table.js';
import { type CallContext, InboundCall, type InboundKind } from './context.js';
import { DeadlineSweep, type SweptCall } from './deadline-sweep.js';
import { type DeadlineEntry, DeadlineQueue } from './deadlines.js';
import { EARLY_FIRE_MS, EarliestTimer } from './earliest-timer.js';
import {
  batchEntryRanges,
  DecodedEnvelope,
  EnvelopeFeature,
  EnvelopeKind,
  encodeEnvelope,
  encodeMessageEnvelope,
  type MalformedEnvelope,
  nameBytes,
  readBatchEntryInto,
  readEnvelopeInto,
} from './envelope.js';
import { RpcError, toWireError } from './errors.js';
import {
  type ClientInterceptor,
  type OutboundCall,
  runClientChain,
  runServerChain,
  type ServerInterceptor,
} from './interceptors.js';
import { type MessageType, type NamedMessageType, typeNameOf } from './message-type.js';
import { MethodTable } from './method-table.js';
import {
  batchBytesFor,
  MAX_TIMEOUT_MS,
  type ResolvedOptions,
  type RpcPeerOptions,
  resolveOptions,
} from './options.js';
import { DatagramOutbox } from './outbox.js';
import { ReplayCache } from './replay-cache.js';
import {
  type CallOptions,
  type Handler,
  type MethodDefinition,
  type MethodKeys,
  methodOf,
  methodsOf,
  type ReflectionClient,
  type ReflectionHandlers,
  type RequestOf,
  type ServiceClient,
  type ServiceConstructor,
  type ServiceHandlers,
} from './service.js';
import { createStats, type RpcStats } from './stats.js';
import { RpcStatus, RpcStatusCode, statusFromCode } from './status.js';

const log = createDebug('heartwire:rpc');

/** Handler of a typed message; runs for every message of its type. */
export type MessageHandler<T, State extends object> = (message: T, ctx: CallContext<State>) => unknown;

interface Subscription<State extends object> {
  readonly type: MessageType;
  readonly handlers: Set<MessageHandler<unknown, State>>;
}

/**
 * What only some calls need: a signal to follow, or (datagram links) a retransmission after the
 * first. It is then the call's entry in the peer's backoff queue: one timer per peer, not one per call.
 */
class CallExtras implements DeadlineEntry {
  expiresAt = 0;
  prev: DeadlineEntry | undefined = undefined;
  next: DeadlineEntry | undefined = undefined;
  list: DeadlineEntry['list'] = undefined;
  retransmitMs = 0;
  signal: AbortSignal | undefined = undefined;
  onAbort: (() => void) | undefined = undefined;

  constructor(readonly call: PendingCall) {}
}

class PendingCall implements SweptCall, CallEntry {
  nextInBucket: PendingCall | undefined = undefined;
  older: PendingCall | undefined = undefined;
  newer: PendingCall | undefined = undefined;
  /** performance.now() when the call was made (and its request first sent). */
  startedAt = 0;
  expiresAt = 0;
  extras: CallExtras | undefined = undefined;
  /** Datagram links: the request, kept to send again until an answer comes. */
  bytes: Uint8Array | undefined = undefined;

  constructor(
    readonly callId: number,
    readonly method: string,
    readonly responseType: MessageType,
    readonly resolve: (value: unknown) => void,
    readonly reject: (error: RpcError) => void,
  ) {}
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * The executor of every call's promise: it only hands its settlers out, so no closure is made per
 * call. Promise runs it synchronously, and the caller takes both at once.
 */
let capturedResolve: (value: unknown) => void = () => undefined;
let capturedReject: (error: RpcError) => void = () => undefined;
function captureSettlers(resolve: (value: unknown) => void, reject: (error: RpcError) => void): void {
  capturedResolve = resolve;
  capturedReject = reject;
}

/** The envelope of the frame being handled, shared by every peer (frames are handled one at a time). */
const frameEnvelope = new DecodedEnvelope();

/** The peer listening to a connection through the shared listeners (see the constructor). */
const kPeer = Symbol('heartwire.rpcPeer');
// biome-ignore lint/suspicious/noExplicitAny: peers of any state share the listeners
type OwnedConnection = Connection & { [kPeer]?: RpcPeer<any> | undefined };

interface PeerListeners {
  frame(this: Connection, kind: FrameKind, payload: Buffer): void;
  close(this: Connection, info: CloseInfo): void;
}

/** The options of a call made without any. */
const NO_OPTIONS: CallOptions = Object.freeze({});

/** The counters of a peer that has counted nothing yet (frozen: never written). */
const IDLE_STATS: Readonly<RpcStats> = Object.freeze(createStats());

/** Shared by every peer without interceptors (frozen: never written). */
const NONE: readonly never[] = Object.freeze([]);

export class RpcPeer<State extends object = Record<string, unknown>> {
  readonly connection: Connection;
  /** The state bag every handler sees as `ctx.state`; the layer above fills it (the logged-in user). */
  readonly state: State;
  /** Made on the first count: an idle connection's peer never counts anything. */
  #stats: RpcStats | undefined;
  readonly #options: ResolvedOptions;
  readonly #datagram: boolean;
  /** Datagram links: the largest BATCH of envelopes sent as one datagram; 0 when envelopes go one by one. */
  readonly #batchLimit: number;
  /**
   * Datagram links with batching on, made once the remote peer has shown it reads BATCH envelopes
   * (in `features`, or by sending one). Until then every envelope goes alone: a peer of an earlier
   * version would drop a batch.
   */
  #outbox: DatagramOutbox | undefined;
  /** Datagram links: the remote peer has sent a BATCH, so it knows we read them; stop saying so. */
  #remoteSawFeatures = false;
  /**
   * Datagram links: the last request whose caller had no other call pending (its ack_below is its
   * own id). Its answer is sent at once rather than at the end of the turn: the caller is waiting
   * in lockstep.
   */
  #aloneCallId = 0;
  /**
   * Date.now() when the frame being handled arrived, read by its first request that needs it (0:
   * not yet): the entries of a batch arrived together, so their deadlines count from the same
   * moment (and a batch reads the clock once, not once per request).
   */
  #frameArrivedAt = 0;
  /** Datagram links only, made on the first request: an idle connection never needs one. */
  #replay: ReplayCache | undefined;
  readonly #clientInterceptors: readonly ClientInterceptor[];
  readonly #serverInterceptors: readonly ServerInterceptor<State>[];
  /** What this peer serves; shared with every peer that implemented the same (see method-table.ts). */
  #methods: MethodTable = MethodTable.EMPTY;
  // The collections below are made on first use: a server holds one peer per connection, and most
  // connections only ever serve (or only call), so an empty Map each would cost kilobytes apiece.
  #subscriptions: Map<string, Subscription<State>> | undefined;
  #pending: CallTable<PendingCall> | undefined;
  #deadlines: DeadlineSweep<PendingCall> | undefined;
  /**
   * Datagram links: the first retransmission of every call is due `retransmitInitialMs` after it
   * was sent, so the calls are due in the order they were made, which is the pending table's order
   * list. One timer walks that list from `#firstResend`, the oldest call not yet sent again; a
   * call that goes unanswered only then joins `#retransmits`. A call answered in time (nearly all)
   * costs the retransmission no allocation and no queue of its own.
   */
  #firstResend: PendingCall | undefined;
  #resendTimer: EarliestTimer | undefined;
  /** Datagram links: calls sent again at least once, each due CallExtras.retransmitMs after its last send. */
  #retransmits: DeadlineQueue<CallExtras> | undefined;
  /** Inbound calls, notifications and messages whose handler has not finished, by call id (CANCEL, close). */
  #running: CallTable<InboundCall<State>> | undefined;
  #stubs: WeakMap<object, object> | undefined;
  #nextId = 0;
  #consecutiveMalformed = 0;
  #closed = false;
  #closeMessage = '';
  #closedPromise: Promise<void> | undefined;
  #resolveClosed: (() => void) | undefined;
  #listeners: PeerListeners | undefined;

  constructor(connection: Connection, options: RpcPeerOptions<State> = {}) {
    this.#options = resolveOptions(options);
    this.connection = connection;
    this.state = options.state ?? ({} as State);
    this.#datagram = connection.transport === 'udp';
    this.#batchLimit = this.#datagram
      ? Math.min(batchBytesFor(this.#options, connection.remoteAddress), connection.maxPayloadBytes)
      : 0;
    this.#clientInterceptors = options.clientInterceptors?.length ? [...options.clientInterceptors] : NONE;
    this.#serverInterceptors = options.serverInterceptors?.length ? [...options.serverInterceptors] : NONE;
    if (connection.state !== 'open') {
      this.#shutdown(`connection ${connection.id} is ${connection.state}`);
      return;
    }
    // One pair of listener functions for every peer: the connection is `this` in them and knows
    // its peer, so a server's thousands of peers make no closures. A second peer on a connection
    // that already has a live one listens through its own closures.
    const owned = connection as OwnedConnection;
    if (owned[kPeer] === undefined) {
      owned[kPeer] = this;
      this.#listeners = RpcPeer.#sharedListeners;
    } else {
      this.#listeners = {
        frame: (kind, payload) => this.#onFrame(kind, payload),
        close: (info) => this.#onClose(info),
      };
    }
    connection.on('frame', this.#listeners.frame);
    connection.on('close', this.#listeners.close);
  }

  static readonly #sharedListeners: PeerListeners = {
    frame(this: Connection, kind: FrameKind, payload: Buffer): void {
      // Heartbeat frames are most of an idle server's traffic: they never reach the peer's object.
      if (kind !== FrameKind.DATA) return;
      const peer = (this as OwnedConnection)[kPeer];
      if (peer) peer.#onFrame(kind, payload);
    },
    close(this: Connection, info: CloseInfo): void {
      const peer = (this as OwnedConnection)[kPeer];
      if (peer) peer.#onClose(info);
    },
  };

  /** Resolves when the peer stops: its connection closed, or `close()` was called. */
  get closed(): Promise<void> {
    if (!this.#closedPromise) {
      this.#closedPromise = this.#closed
        ? Promise.resolve()
        : new Promise((resolve) => {
            this.#resolveClosed = resolve;
          });
    }
    return this.#closedPromise;
  }

  /** Live counters (read-only view). */
  get stats(): Readonly<RpcStats> & { readonly replayEvictions: number; readonly replayEntries: number } {
    const stats: RpcStats & { replayEvictions: number; replayEntries: number } = {
      ...(this.#stats ?? IDLE_STATS),
      replayEvictions: this.#replay?.evictions ?? 0,
      replayEntries: this.#replay?.size ?? 0,
    };
    // Sent through the outbox (once the remote peer reads batches) or straight (before).
    stats.datagramsSent += this.#outbox?.datagramsSent ?? 0;
    stats.datagramEnvelopesSent += this.#outbox?.envelopesSent ?? 0;
    return stats;
  }

  /**
   * The counters, made on first use. A method, not a private getter: on Node 20 (V8 11.3) every
   * read of a private accessor is a call into the runtime (Runtime_LoadPrivateGetter), even in
   * optimized code, and a call bumps two or three counters.
   */
  #counters(): RpcStats {
    this.#stats ??= createStats();
    return this.#stats;
  }

  get isClosed(): boolean {
    return this.#closed;
  }

  /** Outbound calls waiting for an answer. */
  get pendingCalls(): number {
    return this.#pending?.size ?? 0;
  }

  /** Inbound handlers running. */
  get runningHandlers(): number {
    return this.#running?.size ?? 0;
  }

  // ---------------------------------------------------------------- serving

  /** Serves a service generated by pbjs static-module; the compiler checks every handler. */
  implement<S extends protobuf.rpc.Service>(
    service: ServiceConstructor<S>,
    handlers: ServiceHandlers<S, State>,
  ): this;
  /** Serves a reflection service (`root.lookupService('pkg.Svc')`); handlers keyed `sayHello` or `SayHello`. */
  implement(service: protobuf.Service, handlers: ReflectionHandlers<State>): this;
  implement(service: protobuf.Service | ServiceConstructor, handlers: object): this {
    this.#methods = this.#methods.withService(service, handlers);
    return this;
  }

  /** Serves one method. Lower level than `implement`. */
  handle<Req, Res>(method: MethodDefinition<Req, Res>, handler: Handler<Req, Res, State>): this {
    this.#methods = this.#methods.withMethod(
      method as MethodDefinition,
      handler as Handler<unknown, unknown, State>,
    );
    return this;
  }

  /** Subscribes to typed messages of `type` (dispatched by its protobuf type name). Returns an unsubscribe. */
  on<Out, In>(type: NamedMessageType<Out, In>, handler: MessageHandler<Out, State>): () => void {
    const name = typeNameOf(type as NamedMessageType<unknown, never>);
    let subscription = this.#subscriptions?.get(name);
    if (!subscription) {
      subscription = { type: type as MessageType, handlers: new Set() };
      this.#subscriptions ??= new Map();
      this.#subscriptions.set(name, subscription);
    }
    subscription.handlers.add(handler as MessageHandler<unknown, State>);
    return () => this.off(type, handler);
  }

  off<Out, In>(type: NamedMessageType<Out, In>, handler: MessageHandler<Out, State>): void {
    const name = typeNameOf(type as NamedMessageType<unknown, never>);
    const subscription = this.#subscriptions?.get(name);
    if (!subscription) return;
    subscription.handlers.delete(handler as MessageHandler<unknown, State>);
    if (subscription.handlers.size === 0) this.#subscriptions?.delete(name);
  }

  // ---------------------------------------------------------------- calling

  /** A typed stub for a service generated by pbjs static-module. */
  client<S extends protobuf.rpc.Service>(service: ServiceConstructor<S>): ServiceClient<S>;
  /** A stub for a reflection service: `stub.sayHello(request, options)`. */
  client(service: protobuf.Service): ReflectionClient;
  client(service: protobuf.Service | ServiceConstructor): object {
    let stub = this.#stubs?.get(service);
    if (!stub) {
      const built: Record<string, unknown> = {};
      for (const method of methodsOf(service)) {
        built[method.key] = (request: unknown, options?: CallOptions) => this.call(method, request, options);
      }
      stub = Object.freeze(built);
      this.#stubs ??= new WeakMap();
      this.#stubs.set(service, stub);
    }
    return stub;
  }

  /** Calls one method. Lower level than `client`. */
  call<Req, Res>(
    method: MethodDefinition<Req, Res>,
    request: unknown,
    options: CallOptions = NO_OPTIONS,
  ): Promise<Res> {
    if (this.#clientInterceptors.length === 0) {
      return this.#invoke(method, request, options) as Promise<Res>;
    }
    const call: OutboundCall = { method: method.path, request, options, kind: 'call' };
    return runClientChain(this.#clientInterceptors, call, (c) =>
      this.#invoke(method, c.request, c.options),
    ) as Promise<Res>;
  }

  /** A one-way call of a generated service's method: no answer, no deadline; resolves once sent. */
  notify<S extends protobuf.rpc.Service, K extends MethodKeys<S>>(
    service: ServiceConstructor<S>,
    method: K,
    request: RequestOf<S[K]>,
  ): Promise<void>;
  notify(service: protobuf.Service, method: string, request: object): Promise<void>;
  notify(service: protobuf.Service | ServiceConstructor, key: string, request: unknown): Promise<void> {
    const method = methodOf(service, key);
    const send = (r: unknown): Promise<void> => {
      try {
        this.#sendOneWay(EnvelopeKind.NOTIFY, method.path, method.requestType, r);
        this.#counters().notificationsSent++;
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    };
    if (this.#clientInterceptors.length === 0) return send(request);
    const call: OutboundCall = { method: method.path, request, options: {}, kind: 'notify' };
    return runClientChain(this.#clientInterceptors, call, (c) => send(c.request)).then(() => undefined);
  }

  /**
   * Sends a typed message, dispatched on the other side by its protobuf type name to `on(Type)`.
   * One-way and at most once (never retransmitted). Returns false when the connection's send buffer
   * is above its high-water mark. Throws RpcError: UNAVAILABLE (closed), INVALID_ARGUMENT (does not
   * encode), RESOURCE_EXHAUSTED (over the connection's payload limit).
   */
  send<Out, In>(type: NamedMessageType<Out, In>, message: In): boolean {
    const name = typeNameOf(type as NamedMessageType<unknown, never>);
    const sent = this.#sendOneWay(EnvelopeKind.MESSAGE, name, type as MessageType<unknown, unknown>, message);
    this.#counters().messagesSent++;
    return sent;
  }

  /**
   * Datagram links: sends now what waits for the end of this turn (envelopes sent while others were
   * in flight share datagrams at the end of the turn). Call it before closing the connection in the
   * same turn as an answer or a call that must go out first. A no-op on stream links, where the
   * transport keeps the order of frames and CLOSE, and when nothing waits.
   */
  flush(): void {
    this.#outbox?.flush();
  }

  /**
   * Stops the peer: pending calls reject with UNAVAILABLE, running handlers' signals abort, timers
   * are cleared, and it stops listening to the connection. The connection itself stays open (it
   * belongs to the layer above). Idempotent.
   */
  close(): Promise<void> {
    this.#shutdown('rpc peer closed');
    return this.closed;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  // ---------------------------------------------------------------- outbound internals

  #invoke(method: MethodDefinition, request: unknown, options: CallOptions): Promise<unknown> {
    if (this.#closed) return this.#failEarly(RpcStatus.UNAVAILABLE, this.#closeMessage);
    const pendingCalls = this.#pending?.size ?? 0;
    if (pendingCalls >= this.#options.maxPendingOutbound) {
      return this.#failEarly(
        RpcStatus.RESOURCE_EXHAUSTED,
        `${pendingCalls} calls already pending on this connection (maxPendingOutbound)`,
      );
    }
    const signal = options.signal;
    if (signal?.aborted)
      return this.#failEarly(RpcStatus.CANCELLED, 'cancelled before it was sent', signal.reason);
    let timeoutMs =
      options.deadline !== undefined
        ? options.deadline - Date.now()
        : (options.timeoutMs ?? this.#options.defaultTimeoutMs);
    if (!(timeoutMs > 0)) return this.#failEarly(RpcStatus.DEADLINE_EXCEEDED, 'deadline already passed');
    timeoutMs = Math.min(Math.ceil(timeoutMs), MAX_TIMEOUT_MS);

    const id = nextCallId(this.#nextId);
    let bytes: Uint8Array;
    try {
      bytes = encodeMessageEnvelope(
        EnvelopeKind.REQUEST,
        id,
        nameBytes(method.path),
        timeoutMs,
        this.#datagram ? this.#ackBelow(id) : 0,
        method.requestType,
        request ?? {},
        this.#features(),
      );
    } catch (error) {
      return this.#failEarly(
        RpcStatus.INVALID_ARGUMENT,
        `request for ${method.path} does not encode: ${(error as Error).message}`,
      );
    }
    this.#nextId = id;
    const sendError = this.#trySend(bytes, method.path);
    if (sendError) {
      this.#counters().callsFailed++;
      return Promise.reject(sendError);
    }
    this.#counters().callsSent++;
    const promise = new Promise(captureSettlers);
    const call = new PendingCall(id, method.path, method.responseType, capturedResolve, capturedReject);
    // Only a datagram peer asks for its oldest pending call (the ack watermark of its requests).
    this.#pending ??= new CallTable(this.#datagram);
    this.#pending.add(call);
    // One clock read for the deadline and, on a datagram link, the retransmission.
    const now = performance.now();
    call.startedAt = now;
    call.expiresAt = now + timeoutMs;
    this.#deadlines ??= new DeadlineSweep<PendingCall>(
      () => this.#pending?.values() ?? NONE,
      (expired) => this.#onDeadline(expired),
    );
    this.#deadlines.watch(call, now);
    if (this.#datagram) {
      call.bytes = bytes;
      this.#firstResend ??= call;
      this.#resendTimer ??= new EarliestTimer(() => this.#onResendTimer());
      this.#resendTimer.armBy(now + this.#options.retransmitInitialMs, now);
    }
    if (signal) {
      const extras = new CallExtras(call);
      call.extras = extras;
      extras.signal = signal;
      extras.onAbort = () => this.#onAbort(call);
      signal.addEventListener('abort', extras.onAbort, { once: true });
    }
    return promise;
  }

  #failEarly(status: RpcStatus, message: string, cause?: unknown): Promise<never> {
    this.#counters().callsFailed++;
    return Promise.reject(new RpcError(status, message, cause === undefined ? undefined : { cause }));
  }

  /** The lowest id still pending (or `id`, the one being sent): everything before it is finished. */
  #ackBelow(id: number): number {
    return this.#pending?.oldest?.callId ?? id;
  }

  #sendOneWay(
    kind: EnvelopeKind,
    name: string,
    type: MessageType<unknown, unknown>,
    message: unknown,
  ): boolean {
    if (this.#closed) throw new RpcError(RpcStatus.UNAVAILABLE, this.#closeMessage);
    let bytes: Uint8Array;
    try {
      bytes = encodeMessageEnvelope(kind, 0, nameBytes(name), 0, 0, type, message ?? {});
    } catch (error) {
      throw new RpcError(RpcStatus.INVALID_ARGUMENT, `${name} does not encode: ${(error as Error).message}`);
    }
    if (bytes.length > this.connection.maxPayloadBytes) throw this.#tooLarge(bytes.length, name);
    try {
      // Sent now, behind what is queued: its answer is the connection's backpressure.
      const outbox = this.#outbox;
      return outbox ? outbox.pushNow(bytes) : this.#sendDirect(bytes);
    } catch (error) {
      throw this.#sendFailure(error, name);
    }
  }

  /** Sends an envelope; returns the error to report instead of throwing. */
  #trySend(bytes: Uint8Array, what: string): RpcError | undefined {
    if (bytes.length > this.connection.maxPayloadBytes) return this.#tooLarge(bytes.length, what);
    try {
      const outbox = this.#outbox;
      if (outbox) {
        // Queued: what send() would throw at once is checked now (the size above, the state here).
        const state = this.connection.state;
        if (state !== 'open') throw new ConnectionClosedError(`connection ${this.connection.id} is ${state}`);
        // Alone when no other call is pending: a caller in lockstep sends at once.
        outbox.push(bytes, (this.#pending?.size ?? 0) === 0);
      } else {
        this.#sendDirect(bytes);
      }
      return undefined;
    } catch (error) {
      return this.#sendFailure(error, what);
    }
  }

  /** One envelope in a DATA frame of its own (no outbox: a stream, or batching not in use yet). */
  #sendDirect(bytes: Uint8Array): boolean {
    const belowMark = this.connection.send(FrameKind.DATA, bytes);
    if (this.#datagram) {
      const counters = this.#counters();
      counters.datagramsSent++;
      counters.datagramEnvelopesSent++;
    }
    return belowMark;
  }

  #tooLarge(size: number, what: string): RpcError {
    const unit = this.#datagram ? ' (one datagram)' : '';
    return new RpcError(
      RpcStatus.RESOURCE_EXHAUSTED,
      `${what}: envelope of ${size} bytes exceeds the connection's maximum payload of ${this.connection.maxPayloadBytes} bytes${unit}`,
    );
  }

  #sendFailure(error: unknown, what: string): RpcError {
    if (error instanceof HeartwireError && error.code === ErrorCodes.PAYLOAD_TOO_LARGE) {
      return new RpcError(RpcStatus.RESOURCE_EXHAUSTED, `${what}: ${error.message}`, { cause: error });
    }
    const reason = error instanceof ConnectionClosedError ? error.message : 'send failed';
    return new RpcError(RpcStatus.UNAVAILABLE, `${what}: ${reason}`, { cause: error });
  }

  /**
   * Sends what the caller does not wait on (answers, CANCEL); failures only count. `alone`: on a
   * datagram link, nothing else is in flight, so it need not wait for the end of the tick.
   */
  #sendQuietly(bytes: Uint8Array, alone = false): void {
    if (this.connection.state !== 'open') return;
    try {
      const outbox = this.#outbox;
      if (outbox) outbox.push(bytes, alone);
      else this.#sendDirect(bytes);
    } catch (error) {
      log('%s: send failed: %s', this.connection.id, (error as Error).message);
    }
  }

  /**
   * The `features` our REQUEST and answer envelopes carry: on datagram links, that we read BATCH
   * envelopes (even with batching off ourselves), until the remote peer shows it knows.
   */
  #features(): number {
    return this.#datagram && !this.#remoteSawFeatures ? EnvelopeFeature.BATCH : 0;
  }

  /** The remote peer reads BATCH envelopes: batch towards it from now on, if batching is on here. */
  #remoteReadsBatches(): void {
    if (this.#batchLimit > 0) this.#outbox ??= new DatagramOutbox(this.connection, this.#batchLimit);
  }

  #settle(call: PendingCall): void {
    // Read before the table unlinks it: the calls after it were not sent again either.
    if (call === this.#firstResend) this.#firstResend = call.newer;
    this.#pending?.delete(call);
    call.bytes = undefined;
    const extras = call.extras;
    if (extras) {
      this.#retransmits?.remove(extras);
      if (extras.onAbort) extras.signal?.removeEventListener('abort', extras.onAbort);
    }
  }

  #fail(call: PendingCall, error: RpcError): void {
    this.#settle(call);
    this.#counters().callsFailed++;
    call.reject(error);
  }

  #onDeadline(call: PendingCall): void {
    if (this.#pending?.get(call.callId) !== call) return;
    this.#fail(call, new RpcError(RpcStatus.DEADLINE_EXCEEDED, `${call.method}: deadline exceeded`));
    this.#sendQuietly(encodeEnvelope({ kind: EnvelopeKind.CANCEL, id: call.callId }));
  }

  #onAbort(call: PendingCall): void {
    if (this.#pending?.get(call.callId) !== call) return;
    this.#fail(
      call,
      new RpcError(RpcStatus.CANCELLED, `${call.method}: cancelled`, { cause: call.extras?.signal?.reason }),
    );
    this.#sendQuietly(encodeEnvelope({ kind: EnvelopeKind.CANCEL, id: call.callId }));
  }

  /**
   * Sends again every call unanswered `retransmitInitialMs` after it was sent (oldest first) and
   * moves it to the backoff queue; re-arms for the next one due, if any call is pending.
   */
  #onResendTimer(): void {
    if (this.#closed) return;
    const initialMs = this.#options.retransmitInitialMs;
    const now = performance.now();
    let call = this.#firstResend;
    while (call && call.startedAt + initialMs <= now + EARLY_FIRE_MS) {
      const next = call.newer;
      if (call.bytes) {
        call.extras ??= new CallExtras(call);
        const extras = call.extras;
        extras.retransmitMs = initialMs;
        this.#resend(extras, call.bytes, now);
      }
      call = next;
    }
    this.#firstResend = call;
    if (call) this.#resendTimer?.armBy(call.startedAt + initialMs, now);
  }

  #onRetransmit(extras: CallExtras): void {
    const call = extras.call;
    if (this.#pending?.get(call.callId) !== call || !call.bytes) return;
    this.#resend(extras, call.bytes, performance.now());
  }

  /** Sends a call's request again; its next retransmission is due after the backoff grows. */
  #resend(extras: CallExtras, bytes: Uint8Array, now: number): void {
    this.#counters().retransmits++;
    this.#sendQuietly(bytes);
    extras.retransmitMs = Math.min(
      extras.retransmitMs * this.#options.retransmitFactor,
      this.#options.retransmitMaxMs,
    );
    this.#retransmits ??= new DeadlineQueue<CallExtras>((due) => this.#onRetransmit(due));
    this.#retransmits.add(extras, extras.retransmitMs, now);
  }

  // ---------------------------------------------------------------- inbound internals

  #arrivedAt(): number {
    if (this.#frameArrivedAt === 0) this.#frameArrivedAt = Date.now();
    return this.#frameArrivedAt;
  }

  #onFrame(kind: FrameKind, payload: Buffer): void {
    if (kind !== FrameKind.DATA || this.#closed) return;
    this.#frameArrivedAt = 0;
    if (this.#datagram) {
      // One envelope, or a BATCH, whose other entries #onBatch adds.
      const counters = this.#counters();
      counters.datagramsReceived++;
      counters.datagramEnvelopesReceived++;
    }
    try {
      // The shared view is refilled by the next frame (and the next entry of a batch): every
      // handler below reads what it needs from it before running user code (a handler, a resolve,
      // a reject).
      const envelope = frameEnvelope;
      const malformed = readEnvelopeInto(envelope, payload);
      if (malformed) {
        this.#onMalformed(malformed);
        return;
      }
      if (envelope.kind === EnvelopeKind.BATCH) {
        this.#remoteReadsBatches();
        this.#remoteSawFeatures = true;
        this.#onBatch(payload);
        return;
      }
      if ((envelope.features & EnvelopeFeature.BATCH) !== 0) this.#remoteReadsBatches();
      this.#dispatch(envelope);
    } catch (error) {
      this.#counters().internalErrors++;
      log('%s: error handling a frame: %O', this.connection.id, error);
    }
  }

  /** The entries of a BATCH, in order, each as if it had come in a frame of its own. */
  #onBatch(bytes: Buffer): void {
    const ranges = batchEntryRanges(bytes);
    // Datagram links only; #onFrame counted the batch itself as one envelope.
    if (this.#datagram) this.#counters().datagramEnvelopesReceived += (ranges.length >> 1) - 1;
    const envelope = frameEnvelope;
    for (let i = 0; i < ranges.length; i += 2) {
      // A close (too many malformed entries, or by a handler) ends the batch too.
      if (this.#closed || this.connection.state !== 'open') return;
      try {
        const malformed = readBatchEntryInto(envelope, bytes, ranges[i]!, ranges[i + 1]!);
        if (malformed) this.#onMalformed(malformed);
        else this.#dispatch(envelope);
      } catch (error) {
        this.#counters().internalErrors++;
        log('%s: error handling an envelope of a batch: %O', this.connection.id, error);
      }
    }
  }

  /** A valid envelope, to its handler; it also ends a run of malformed ones. */
  #dispatch(envelope: DecodedEnvelope): void {
    this.#consecutiveMalformed = 0;
    switch (envelope.kind) {
      case EnvelopeKind.RESPONSE:
        this.#onResponse(envelope);
        break;
      case EnvelopeKind.ERROR:
        this.#onError(envelope);
        break;
      case EnvelopeKind.REQUEST:
        this.#onRequest(envelope);
        break;
      case EnvelopeKind.CANCEL:
        this.#onCancel(envelope);
        break;
      case EnvelopeKind.NOTIFY:
        this.#onNotify(envelope);
        break;
      case EnvelopeKind.MESSAGE:
        this.#onMessage(envelope);
        break;
    }
  }

  #onResponse(envelope: DecodedEnvelope): void {
    const call = this.#pending?.get(envelope.id);
    if (!call) {
      this.#counters().lateAnswers++;
      return;
    }
    let response: unknown;
    try {
      response = envelope.decodePayload(call.responseType);
    } catch (error) {
      this.#fail(
        call,
        new RpcError(
          RpcStatus.INTERNAL,
          `${call.method}: response does not decode: ${(error as Error).message}`,
        ),
      );
      return;
    }
    this.#settle(call);
    this.#counters().callsSucceeded++;
    call.resolve(response);
  }

  #onError(envelope: DecodedEnvelope): void {
    const call = this.#pending?.get(envelope.id);
    if (!call) {
      this.#counters().lateAnswers++;
      return;
    }
    this.#fail(call, new RpcError(statusFromCode(envelope.status), envelope.message));
  }

  #onMalformed(malformed: MalformedEnvelope): void {
    this.#counters().malformedEnvelopes++;
    const { kind, id } = malformed.salvaged;
    const call =
      id !== 0 && (kind === EnvelopeKind.RESPONSE || kind === EnvelopeKind.ERROR) && this.#pending?.get(id);
    if (kind === EnvelopeKind.REQUEST && id !== 0) {
      this.#counters().malformedAnswered++;
      this.#sendQuietly(
        errorEnvelope(id, RpcStatus.INVALID_ARGUMENT, `malformed request: ${malformed.message}`),
      );
    } else if (call) {
      this.#counters().malformedFailedCalls++;
      this.#fail(
        call,
        new RpcError(RpcStatus.INTERNAL, `${call.method}: malformed answer: ${malformed.message}`),
      );
    } else {
      this.#counters().malformedDropped++;
    }
    log('%s: %s', this.connection.id, malformed.message);
    const limit = this.#options.maxConsecutiveMalformed;
    if (limit > 0 && ++this.#consecutiveMalformed >= limit && this.connection.state === 'open') {
      log(
        '%s: closing after %d malformed envelopes in a row',
        this.connection.id,
        this.#consecutiveMalformed,
      );
      void this.connection.close(
        'invalid-message',
        `${this.#consecutiveMalformed} malformed RPC envelopes in a row`,
      );
    }
  }

  #onRequest(envelope: DecodedEnvelope): void {
    const id = envelope.id;
    if (this.#datagram) {
      this.#replay ??= new ReplayCache(this.#options.replayCacheSize, this.#options.replayRetentionMs);
      this.#aloneCallId = envelope.ackBelow === id ? id : 0;
    }
    const replay = this.#replay;
    if (replay) {
      const verdict = replay.check(id, envelope.ackBelow);
      if (verdict.action === 'replay') {
        this.#counters().replays++;
        this.#sendQuietly(verdict.bytes, id === this.#aloneCallId);
        return;
      }
      if (verdict.action === 'ignore') {
        this.#counters().duplicatesIgnored++;
        return;
      }
    }
    const registered = this.#methods.get(envelope.method);
    if (!registered) {
      this.#counters().unimplemented++;
      this.#sendQuietly(errorEnvelope(id, RpcStatus.UNIMPLEMENTED, `unknown method ${envelope.method}`));
      return;
    }
    if ((this.#running?.size ?? 0) >= this.#options.maxConcurrentInbound) {
      this.#counters().inboundRejected++;
      this.#sendQuietly(
        errorEnvelope(
          id,
          RpcStatus.RESOURCE_EXHAUSTED,
          `${this.#running?.size ?? 0} calls already running on this connection (maxConcurrentInbound)`,
        ),
      );
      return;
    }
    const method = registered.method;
    let request: unknown;
    try {
      request = envelope.decodePayload(method.requestType);
    } catch (error) {
      this.#counters().invalidPayloads++;
      this.#sendQuietly(
        errorEnvelope(
          id,
          RpcStatus.INVALID_ARGUMENT,
          `request for ${method.path} does not decode: ${(error as Error).message}`,
        ),
      );
      return;
    }
    const timeoutMs = envelope.timeoutMs;
    // The replay cache needs the deadline at once; otherwise the context reads the clock only if
    // something asks for it (see InboundCall).
    const now = replay ? this.#arrivedAt() : 0;
    const deadline = replay ? (timeoutMs > 0 ? now + timeoutMs : Number.POSITIVE_INFINITY) : undefined;
    const ctx = new InboundCall<State>(
      'call',
      method.path,
      id,
      this.connection,
      this.state,
      request,
      timeoutMs,
      deadline,
    );
    if (replay) ctx.replay = replay.start(id, ctx.deadline, now);
    this.#counters().callsReceived++;
    this.#run(ctx, registered.handler, request, method);
  }

  #onCancel(envelope: DecodedEnvelope): void {
    this.#counters().cancelsReceived++;
    const ctx = envelope.id === 0 ? undefined : this.#running?.get(envelope.id);
    if (ctx?.kind !== 'call') return;
    ctx.abort(new RpcError(RpcStatus.CANCELLED, 'cancelled by the caller'));
  }

  #onNotify(envelope: DecodedEnvelope): void {
    const registered = this.#methods.get(envelope.method);
    if (!registered) {
      this.#counters().unhandled++;
      return;
    }
    const method = registered.method;
    const request = this.#decodeOneWay(method.requestType, envelope);
    if (request === undefined) return;
    this.#counters().notificationsReceived++;
    const ctx = this.#oneWayContext('notify', method.path, request);
    if (ctx) this.#run(ctx, registered.handler, request, undefined);
  }

  #onMessage(envelope: DecodedEnvelope): void {
    const subscription = this.#subscriptions?.get(envelope.method);
    if (!subscription) {
      this.#counters().unhandled++;
      return;
    }
    const message = this.#decodeOneWay(subscription.type, envelope);
    if (message === undefined) return;
    this.#counters().messagesReceived++;
    const ctx = this.#oneWayContext('message', envelope.method, message);
    if (!ctx) return;
    const dispatch = (m: unknown, c: CallContext<State>): unknown => {
      const results: PromiseLike<unknown>[] = [];
      for (const handler of [...subscription.handlers]) {
        const result = handler(m, c);
        if (isThenable(result)) results.push(result);
      }
      return results.length > 0 ? Promise.all(results) : undefined;
    };
    this.#run(ctx, dispatch, message, undefined);
  }

  #decodeOneWay(type: MessageType, envelope: DecodedEnvelope): unknown {
    try {
      return envelope.decodePayload(type) ?? undefined;
    } catch (error) {
      this.#counters().invalidPayloads++;
      log('%s: %s does not decode: %s', this.connection.id, envelope.method, (error as Error).message);
      return undefined;
    }
  }

  #oneWayContext(kind: InboundKind, name: string, request: unknown): InboundCall<State> | undefined {
    if ((this.#running?.size ?? 0) >= this.#options.maxConcurrentInbound) {
      this.#counters().inboundRejected++;
      return undefined;
    }
    return new InboundCall<State>(kind, name, 0, this.connection, this.state, request, 0);
  }

  /** Runs a handler through the server interceptors; `method` set means an answer is due. */
  #run(
    ctx: InboundCall<State>,
    handler: (request: unknown, ctx: CallContext<State>) => unknown,
    request: unknown,
    method: MethodDefinition | undefined,
  ): void {
    let result: unknown;
    try {
      result =
        this.#serverInterceptors.length === 0
          ? handler(request, ctx)
          : runServerChain(this.#serverInterceptors, ctx, () => handler(request, ctx));
    } catch (error) {
      this.#finish(ctx, method, false, error);
      return;
    }
    if (isThenable(result)) {
      // Only a handler still running after it returned can be cancelled or cut off by a close:
      // one that answered synchronously never needs tracking. Its deadline is fixed now, still in
      // the run that received the request, before any later read could see a later clock.
      ctx.fixDeadline();
      this.#running ??= new CallTable(false);
      this.#running.add(ctx);
      result.then(
        (value) => this.#finish(ctx, method, true, value),
        (error: unknown) => this.#finish(ctx, method, false, error),
      );
    } else {
      this.#finish(ctx, method, true, result);
    }
  }

  #finish(ctx: InboundCall<State>, method: MethodDefinition | undefined, ok: boolean, value: unknown): void {
    ctx.finish();
    this.#running?.delete(ctx);
    if (!method) {
      if (!ok) {
        this.#counters().handlerErrors++;
        log('%s: %s handler failed: %O', this.connection.id, ctx.method, value);
      }
      return;
    }
    if (this.#closed) return;
    const replayed = ctx.replay;
    if (ctx.aborted) {
      if (replayed) this.#replay?.complete(replayed, undefined);
      return;
    }
    let bytes: Uint8Array;
    const features = this.#features();
    if (ok) {
      try {
        bytes = encodeMessageEnvelope(
          EnvelopeKind.RESPONSE,
          ctx.callId,
          undefined,
          0,
          0,
          method.responseType,
          value ?? {},
          features,
        );
      } catch (error) {
        log('%s: response of %s does not encode: %O', this.connection.id, method.path, error);
        bytes = errorEnvelope(ctx.callId, RpcStatus.INTERNAL, 'response does not encode', features);
      }
    } else {
      const wire = toWireError(value);
      if (wire !== value) log('%s: %s handler failed: %O', this.connection.id, method.path, value);
      bytes = errorEnvelope(ctx.callId, wire.status, wire.message, features);
    }
    if (bytes.length > this.connection.maxPayloadBytes) {
      bytes = errorEnvelope(
        ctx.callId,
        RpcStatus.RESOURCE_EXHAUSTED,
        this.#tooLarge(bytes.length, 'response').message,
        features,
      );
    }
    if (replayed) this.#replay?.complete(replayed, bytes);
    this.#sendQuietly(bytes, ctx.callId === this.#aloneCallId);
  }

  // ---------------------------------------------------------------- close

  #onClose(info: CloseInfo): void {
    const detail = info.message ? `: ${info.message}` : '';
    this.#shutdown(`connection closed (${info.reason}${detail})`);
  }

  #shutdown(message: string): void {
    if (this.#closed) return;
    // What was sent before the close still leaves, if the connection is open; a closed one drops it.
    // Either way the outbox is left empty.
    this.#outbox?.flush();
    this.#closed = true;
    this.#closeMessage = message;
    const listeners = this.#listeners;
    if (listeners) {
      this.connection.off('frame', listeners.frame);
      this.connection.off('close', listeners.close);
    }
    const owned = this.connection as OwnedConnection;
    if (owned[kPeer] === this) owned[kPeer] = undefined;
    const pending = this.#pending ? this.#pending.values() : [];
    for (const call of pending)
      this.#fail(call, new RpcError(RpcStatus.UNAVAILABLE, `${call.method}: ${message}`));
    for (const ctx of this.#running?.values() ?? NONE)
      ctx.abort(new RpcError(RpcStatus.UNAVAILABLE, message));
    this.#deadlines?.clear();
    this.#retransmits?.clear();
    this.#resendTimer?.disarm();
    this.#firstResend = undefined;
    this.#running?.clear();
    this.#replay?.clear();
    log('%s: rpc peer stopped: %s (%d pending calls failed)', this.connection.id, message, pending.length);
    this.#resolveClosed?.();
  }
}

function errorEnvelope(id: number, status: RpcStatus, message: string, features = 0): Uint8Array {
  return encodeEnvelope({ kind: EnvelopeKind.ERROR, id, status: RpcStatusCode[status], message, features });
}
