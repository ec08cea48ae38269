// Engine options: their defaults and their validation. Bad values throw ConfigError at construction,
// never later on a socket event.

import { isIP } from 'node:net';
import {
  ConfigError,
  DATAGRAM_HEADER_BYTES,
  DEFAULT_MAX_FRAME_BYTES,
  MAX_UDP_DATAGRAM_BYTES,
  STREAM_HEADER_BYTES,
} from '@heartwire/protocol';

/** Options shared by the TCP server and client engines. */
export interface TcpOptions {
  /** Largest frame accepted or sent (kind byte + payload). Default 4 MiB. */
  readonly maxFrameBytes?: number;
  /** Hard cap on bytes queued towards one peer; over it the connection ends with `send-buffer-overflow`. Default 16 MiB. */
  readonly maxSendBufferBytes?: number;
  /** `send` returns false once this many bytes are queued; `drain` follows. Default 64 KiB. */
  readonly sendHighWaterMarkBytes?: number;
  /** Socket-level TCP keep-alive, a second line behind the heartbeat. Default true. */
  readonly keepAlive?: boolean;
  /** Idle time before the first keep-alive probe. Default 30,000 ms. */
  readonly keepAliveInitialDelayMs?: number;
  /** Bound on flushing CLOSE + FIN during close(), and on lingering for the peer's FIN; then the socket is destroyed. Default 2,000 ms. */
  readonly closeTimeoutMs?: number;
}

export interface TcpServerOptions extends TcpOptions {
  /** Address to listen on. Default `127.0.0.1`. */
  readonly host?: string;
  /** Port to listen on; 0 picks a free one (read it from `server.port` after start()). Default 0. */
  readonly port?: number;
  /** Connections held at once; one more gets CLOSE `max-connections`. Default Infinity. */
  readonly maxConnections?: number;
}

export interface TcpClientOptions extends TcpOptions {
  /** Server address. Default `127.0.0.1`. */
  readonly host?: string;
  readonly port: number;
  /** connect() rejects with ERR_TIMEOUT after this long. Default 10,000 ms. */
  readonly connectTimeoutMs?: number;
}

/** Options shared by the UDP server and client engines. */
export interface UdpOptions {
  /** Largest datagram sent or accepted (header + payload); larger ones are dropped and counted. Default 65,507. */
  readonly maxDatagramBytes?: number;
  /** `send` returns false once the socket's send queue holds this many bytes; `drain` follows. Default 1 MiB. */
  readonly sendHighWaterMarkBytes?: number;
  /** Bound on sending the CLOSE datagram during close(). Default 2,000 ms. */
  readonly closeTimeoutMs?: number;
}

export interface UdpServerOptions extends UdpOptions {
  /** Address to bind. Default `127.0.0.1`; an IPv6 address makes a `udp6` socket. */
  readonly host?: string;
  /** Port to bind; 0 picks a free one. Default 0. */
  readonly port?: number;
  /** Sessions held at once; one more SESSION_OPEN is refused with `max-connections`. Default Infinity. */
  readonly maxConnections?: number;
  /**
   * Receive buffer of the server's socket, which every session shares: datagrams that arrive while
   * it is full are dropped by the kernel, heartbeats included. Default 4 MiB (Linux's default, about
   * 208 KiB, holds only a few hundred small datagrams: a 30 ms pause of a server with 10,000
   * clients). The OS caps it (Linux: `net.core.rmem_max`) without an error.
   */
  readonly receiveBufferBytes?: number;
}

export interface UdpClientOptions extends UdpOptions {
  /** Server address (an IP address). Default `127.0.0.1`. */
  readonly host?: string;
  readonly port: number;
  /** connect() rejects with ERR_TIMEOUT when no SESSION_ACCEPT came in this long. Default 10,000 ms. */
  readonly connectTimeoutMs?: number;
  /** First SESSION_OPEN retransmission delay; doubles each time up to 2,000 ms. Default 250 ms. */
  readonly sessionOpenRetryMs?: number;
}

export interface ResolvedTcpOptions {
  readonly maxFrameBytes: number;
  readonly maxSendBufferBytes: number;
  readonly sendHighWaterMarkBytes: number;
  readonly keepAlive: boolean;
  readonly keepAliveInitialDelayMs: number;
  readonly closeTimeoutMs: number;
}

export interface ResolvedUdpOptions {
  readonly maxDatagramBytes: number;
  readonly sendHighWaterMarkBytes: number;
  readonly closeTimeoutMs: number;
}

function integer(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
  return v;
}

export function resolvePort(value: number | undefined, fallback: number | undefined): number {
  if (value === undefined && fallback === undefined) throw new ConfigError('port is required');
  return integer('port', value, fallback ?? 0, 0, 65_535);
}

export function resolveHost(value: string | undefined): string {
  const host = value ?? '127.0.0.1';
  if (typeof host !== 'string' || host.length === 0) throw new ConfigError('host must be a non-empty string');
  return host;
}

export function resolveMaxConnections(value: number | undefined): number {
  if (value === undefined || value === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  return integer('maxConnections', value, 0, 0, Number.MAX_SAFE_INTEGER);
}

export function resolveTimeout(name: string, value: number | undefined, fallback: number): number {
  return integer(name, value, fallback, 1, 2_147_483_647);
}

export function resolveTcpOptions(options: TcpOptions): ResolvedTcpOptions {
  const maxFrameBytes = integer(
    'maxFrameBytes',
    options.maxFrameBytes,
    DEFAULT_MAX_FRAME_BYTES,
    2,
    0xffffffff,
  );
  const maxSendBufferBytes = integer(
    'maxSendBufferBytes',
    options.maxSendBufferBytes,
    Math.max(16 * 1024 * 1024, 2 * (maxFrameBytes + 4)),
    maxFrameBytes + 4,
    Number.MAX_SAFE_INTEGER,
  );
  return {
    maxFrameBytes,
    maxSendBufferBytes,
    sendHighWaterMarkBytes: integer(
      'sendHighWaterMarkBytes',
      options.sendHighWaterMarkBytes,
      Math.min(64 * 1024, maxSendBufferBytes),
      1,
      maxSendBufferBytes,
    ),
    keepAlive: options.keepAlive ?? true,
    keepAliveInitialDelayMs: integer(
      'keepAliveInitialDelayMs',
      options.keepAliveInitialDelayMs,
      30_000,
      0,
      2_147_483_647,
    ),
    closeTimeoutMs: resolveTimeout('closeTimeoutMs', options.closeTimeoutMs, 2_000),
  };
}

const DEFAULT_UDP_RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;

export function resolveReceiveBufferBytes(value: number | undefined): number {
  return integer('receiveBufferBytes', value, DEFAULT_UDP_RECEIVE_BUFFER_BYTES, 1024, 2_147_483_647);
}

export function resolveUdpOptions(options: UdpOptions): ResolvedUdpOptions {
  return {
    maxDatagramBytes: integer(
      'maxDatagramBytes',
      options.maxDatagramBytes,
      MAX_UDP_DATAGRAM_BYTES,
      DATAGRAM_HEADER_BYTES + 8,
      MAX_UDP_DATAGRAM_BYTES,
    ),
    sendHighWaterMarkBytes: integer(
      'sendHighWaterMarkBytes',
      options.sendHighWaterMarkBytes,
      1024 * 1024,
      1,
      Number.MAX_SAFE_INTEGER,
    ),
    closeTimeoutMs: resolveTimeout('closeTimeoutMs', options.closeTimeoutMs, 2_000),
  };
}

/** `udp6` for an IPv6 literal, `udp4` otherwise (names are resolved by the OS as IPv4). */
export function udpSocketType(host: string): 'udp4' | 'udp6' {
  return isIP(host) === 6 ? 'udp6' : 'udp4';
}

/** The largest TCP payload: the frame length field counts the kind byte too. */
export function tcpMaxPayloadBytes(options: ResolvedTcpOptions): number {
  return options.maxFrameBytes - 1;
}

/** Bytes a TCP frame of `payloadBytes` occupies on the wire. */
export function tcpFrameBytes(payloadBytes: number): number {
  return STREAM_HEADER_BYTES + payloadBytes;
}
