// Options of the Rapid engines, their defaults, and the checks that make a bad value fail at
// construction (or at the setter), never later on a socket event.

import { ConfigError } from '@heartwire/protocol';
import type { RelogonPolicy, UserStore } from '@heartwire/user-manager';
import type { BackoffOptions } from './backoff.js';

export type RapidTransport = 'tcp' | 'udp';

export const DEFAULT_HEARTBEAT_SPAN_SECS = 10;
export const DEFAULT_TIMEOUT_SPAN_SECS = 30;

export interface RapidServerOptions {
  /** `tcp` (default) or `udp`. */
  readonly transport?: RapidTransport;
  /** Address to listen on. Default `127.0.0.1`; use `0.0.0.0` to accept remote clients. */
  readonly host?: string;
  /** Port; 0 picks a free one (read `server.port` after start()). Default 0. */
  readonly port?: number;
  /** N: clients send a PING after this long without traffic. Default 10. */
  readonly heartBeatSpanInSecs?: number;
  /** M: a client silent this long is timed out and closed. Default 30. */
  readonly timeoutSpanInSecs?: number;
  /** Lowest heartbeat span a client may ask for (it can ask to beat more often, never less). Default 0.5. */
  readonly minHeartBeatSpanInSecs?: number;
  /** A connection that has not logged in after this long is closed with `login-timeout`. Default 10,000. */
  readonly loginTimeoutMs?: number;
  /** What happens when an online user logs in again. Default `replace-old`. */
  readonly relogonPolicy?: RelogonPolicy;
  /** Presence store (default in memory). */
  readonly userStore?: UserStore;
  /** Connections held at once. Default unlimited. */
  readonly maxConnections?: number;
  /** Default deadline of calls the server makes. Default 30,000 ms. */
  readonly defaultTimeoutMs?: number;
  /** How long stop() lets in-flight calls finish before closing. Default 5,000 ms. */
  readonly stopTimeoutMs?: number;
  /** Checker tick; default derived from the timeout (≤ 250 ms). */
  readonly tickMs?: number;
  /** TCP: largest frame. Default 4 MiB. */
  readonly maxFrameBytes?: number;
  /** Inbound calls running at once per connection. Default 1,024. */
  readonly maxConcurrentInbound?: number;
}

export interface RapidClientOptions {
  readonly transport?: RapidTransport;
  /** Server address. Default `127.0.0.1`. */
  readonly host?: string;
  readonly port: number;
  /** Reconnect and log in again after an interruption. Default true. */
  readonly autoReconnect?: boolean;
  /** Backoff of the reconnection attempts (first within 1 s, cap 30 s, jitter kept at the cap). */
  readonly reconnect?: BackoffOptions;
  /** Default deadline of calls. Default 30,000 ms. */
  readonly defaultTimeoutMs?: number;
  /** How long one connection attempt may take. Default 10,000 ms. */
  readonly connectTimeoutMs?: number;
  /** Deadline of the login call. Default 10,000 ms. */
  readonly loginTimeoutMs?: number;
  /** Heartbeat span to ask the server for (it clamps). Default: the server's. */
  readonly heartBeatSpanInSecs?: number;
  /** Checker tick; default derived from the timeout. */
  readonly tickMs?: number;
  readonly maxFrameBytes?: number;
}

export function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v <= 0 || v > 2_147_483_647) {
    throw new ConfigError(`${name} must be a positive integer of milliseconds, got ${String(value)}`);
  }
  return v;
}

export function transportOf(value: string | undefined): RapidTransport {
  const transport = value ?? 'tcp';
  if (transport !== 'tcp' && transport !== 'udp') {
    throw new ConfigError(`transport must be 'tcp' or 'udp', got ${String(value)}`);
  }
  return transport;
}
