// RpcPeer options, their defaults, and their validation (at construction, never later).

import { ConfigError } from '@heartwire/protocol';
import type { ClientInterceptor, ServerInterceptor } from './interceptors.js';

export interface RetransmitOptions {
  /** First wait for an answer before the request is sent again. Default 100 ms. */
  readonly initialMs?: number;
  /** Cap on the wait between two sends. Default 2,000 ms. */
  readonly maxMs?: number;
  /** Growth of the wait after each send. Default 2. */
  readonly factor?: number;
}

export interface RpcPeerOptions<State extends object = Record<string, unknown>> {
  /** Deadline of a call that sets none. Default 30,000 ms. */
  readonly defaultTimeoutMs?: number;
  /** Inbound calls, notifications and messages running at once on this connection. Default 1,024. */
  readonly maxConcurrentInbound?: number;
  /** Outbound calls waiting for an answer on this connection. Default 4,096. */
  readonly maxPendingOutbound?: number;
  /**
   * Malformed envelopes in a row (without a valid one in between) after which the connection is
   * closed with `invalid-message`. Default 32; 0 never closes (they are still counted).
   */
  readonly maxConsecutiveMalformed?: number;
  /** Datagram links only: request retransmission backoff. */
  readonly retransmit?: RetransmitOptions;
  /** Datagram links only: answers kept for replay. Default 10,000 (above maxConcurrentInbound). */
  readonly replayCacheSize?: number;
  /** Datagram links only: how long an answer is kept after its call's deadline. Default 5,000 ms. */
  readonly replayRetentionMs?: number;
  /**
   * Datagram links only: envelopes sent in the same tick share datagrams of up to this many bytes
   * of payload (one BATCH envelope each). Default by the peer's address: 1,200 (`PATH_BATCH_BYTES`),
   * which fits one datagram unfragmented on any IPv4 or IPv6 path (as QUIC assumes), and 8,192
   * (`LOOPBACK_BATCH_BYTES`) towards a loopback address, whose interface never fragments them.
   * Raise it where the path MTU is known to be larger. Never more than the connection's
   * `maxPayloadBytes`. 0 sends every envelope in its own datagram.
   */
  readonly datagramBatchBytes?: number;
  readonly clientInterceptors?: readonly ClientInterceptor[];
  readonly serverInterceptors?: readonly ServerInterceptor<State>[];
  /** The initial state bag (`peer.state`, `ctx.state`). Default `{}`. */
  readonly state?: State;
}

export interface ResolvedOptions {
  readonly defaultTimeoutMs: number;
  readonly maxConcurrentInbound: number;
  readonly maxPendingOutbound: number;
  readonly maxConsecutiveMalformed: number;
  readonly retransmitInitialMs: number;
  readonly retransmitMaxMs: number;
  readonly retransmitFactor: number;
  readonly replayCacheSize: number;
  readonly replayRetentionMs: number;
  /** undefined: by the peer's address (batchBytesFor). */
  readonly datagramBatchBytes: number | undefined;
}

/**
 * Default batch size towards a peer across a network: the largest datagram payload that crosses any
 * IPv4 or IPv6 path unfragmented (QUIC's assumption). No path MTU discovery is done.
 */
export const PATH_BATCH_BYTES = 1200;

/**
 * Default batch size towards a loopback peer. The loopback interface fragments nothing below its
 * MTU (64 KiB on Linux, 16 KiB on macOS), so the size only trades fewer datagrams against the two
 * sides working at once. Measured on loopback with 256 calls in flight over one connection
 * (apps/bench): 1,200 B about 245 k calls/s, 8 KiB 330-410 k, 16 KiB and 60 KiB 180-280 k: with a
 * whole window in one datagram, each side waits while the other works through it.
 */
export const LOOPBACK_BATCH_BYTES = 8192;

/** Whether `address` (as a socket reports it) is a loopback address: 127.0.0.0/8 or ::1. */
export function isLoopbackAddress(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.');
}

/** The batch limit towards a peer at `remoteAddress` (before the connection's maxPayloadBytes cap). */
export function batchBytesFor(options: ResolvedOptions, remoteAddress: string): number {
  return (
    options.datagramBatchBytes ?? (isLoopbackAddress(remoteAddress) ? LOOPBACK_BATCH_BYTES : PATH_BATCH_BYTES)
  );
}

/** Largest timer delay Node accepts (2^31 - 1 ms); also the largest `timeout_ms` we send. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** Resolved options by their values: peers made with the same settings share one object. */
const resolvedCache = new Map<string, ResolvedOptions>();

export function resolveOptions<State extends object>(options: RpcPeerOptions<State>): ResolvedOptions {
  const key = [
    options.defaultTimeoutMs,
    options.maxConcurrentInbound,
    options.maxPendingOutbound,
    options.maxConsecutiveMalformed,
    options.retransmit?.initialMs,
    options.retransmit?.maxMs,
    options.retransmit?.factor,
    options.replayCacheSize,
    options.replayRetentionMs,
    options.datagramBatchBytes,
  ]
    .map((value) => `${typeof value}:${String(value)}`)
    .join('|');
  const cached = resolvedCache.get(key);
  if (cached) return cached;
  const resolved = resolveUncached(options);
  // Bounded: a program uses a handful of distinct settings; a pathological one just stops sharing.
  if (resolvedCache.size < 64) resolvedCache.set(key, resolved);
  return resolved;
}

function resolveUncached<State extends object>(options: RpcPeerOptions<State>): ResolvedOptions {
  const resolved: ResolvedOptions = {
    defaultTimeoutMs: options.defaultTimeoutMs ?? 30_000,
    maxConcurrentInbound: options.maxConcurrentInbound ?? 1024,
    maxPendingOutbound: options.maxPendingOutbound ?? 4096,
    maxConsecutiveMalformed: options.maxConsecutiveMalformed ?? 32,
    retransmitInitialMs: options.retransmit?.initialMs ?? 100,
    retransmitMaxMs: options.retransmit?.maxMs ?? 2000,
    retransmitFactor: options.retransmit?.factor ?? 2,
    replayCacheSize: options.replayCacheSize ?? 10_000,
    replayRetentionMs: options.replayRetentionMs ?? 5000,
    datagramBatchBytes: options.datagramBatchBytes,
  };
  positiveInteger('defaultTimeoutMs', resolved.defaultTimeoutMs, MAX_TIMEOUT_MS);
  positiveInteger('maxConcurrentInbound', resolved.maxConcurrentInbound);
  positiveInteger('maxPendingOutbound', resolved.maxPendingOutbound);
  nonNegativeInteger('maxConsecutiveMalformed', resolved.maxConsecutiveMalformed);
  positiveInteger('retransmit.initialMs', resolved.retransmitInitialMs, MAX_TIMEOUT_MS);
  positiveInteger('retransmit.maxMs', resolved.retransmitMaxMs, MAX_TIMEOUT_MS);
  if (resolved.retransmitMaxMs < resolved.retransmitInitialMs) {
    throw new ConfigError('retransmit.maxMs must be at least retransmit.initialMs');
  }
  if (!(resolved.retransmitFactor >= 1 && Number.isFinite(resolved.retransmitFactor))) {
    throw new ConfigError('retransmit.factor must be a finite number >= 1');
  }
  if (
    !Number.isInteger(resolved.replayCacheSize) ||
    resolved.replayCacheSize <= resolved.maxConcurrentInbound
  ) {
    throw new ConfigError('replayCacheSize must be an integer above maxConcurrentInbound');
  }
  nonNegativeInteger('replayRetentionMs', resolved.replayRetentionMs);
  if (resolved.datagramBatchBytes !== undefined)
    nonNegativeInteger('datagramBatchBytes', resolved.datagramBatchBytes);
  return resolved;
}

function positiveInteger(name: string, value: number, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    throw new ConfigError(`${name} must be an integer between 1 and ${max}, got ${value}`);
  }
}

function nonNegativeInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new ConfigError(`${name} must be an integer >= 0, got ${value}`);
}
