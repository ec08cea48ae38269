// The adapter every compared system implements: one echo server and its clients, with the system's
// own liveness mechanism configured to the scenario's heartbeat. Scenarios are written against this
// interface only, so every system is measured by the same load generator and the same clock.

export const SystemNames = [
  'raw',
  'raw-udp',
  'heartwire-tcp',
  'heartwire-udp',
  'socket.io',
  'grpc-js',
] as const;
export type SystemName = (typeof SystemNames)[number];

/**
 * Baselines of speed only: no session and no heartbeat, so they sit out the idle, detection and
 * stall scenarios (raw-udp: the limit of one message per datagram, for heartwire-udp).
 */
export const SPEED_ONLY_SYSTEMS: readonly SystemName[] = ['raw-udp'];

export function isSystemName(value: string): value is SystemName {
  return (SystemNames as readonly string[]).includes(value);
}

/** Heartbeat period and timeout, as each system expresses them (socket.io: pingInterval / pingInterval + pingTimeout). */
export interface HeartbeatConfig {
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

export interface ServerEvents {
  /** The server's liveness mechanism declared one client dead (socket.io: disconnect 'ping timeout'). */
  onTimeout(): void;
  /** One client is gone from the server, for any reason (`reason` as the system names it). */
  onDisconnect(reason: string): void;
}

export interface ServerHandle {
  readonly port: number;
  /** Clients the server currently holds. */
  connections(): number;
  close(): Promise<void>;
}

export interface ClientOptions {
  /** The scenario's heartbeat; undefined = the system's defaults (latency and throughput runs). */
  readonly heartbeat?: HeartbeatConfig | undefined;
  /** Called once if the connection ends while the client did not close it. */
  readonly onLost?: (reason: string) => void;
}

export interface ClientHandle {
  /** One request/response round trip carrying `payload`. */
  echo(payload: Buffer): Promise<unknown>;
  /** Closes the connection; resolves within a bounded time. Idempotent. */
  close(): Promise<void>;
}

export interface System {
  readonly name: SystemName;
  /** How the server learns that a client went silent, in words, for the report. */
  readonly timeoutEvent: string;
  /**
   * Whether the server side raises a per-client timeout event of its own. When false, the
   * detection scenario times the end of the client's server-side call/stream instead.
   */
  readonly hasTimeoutEvent: boolean;
  startServer(heartbeat: HeartbeatConfig | undefined, events: ServerEvents): Promise<ServerHandle>;
  connect(port: number, options: ClientOptions): Promise<ClientHandle>;
}

/** Settles with `promise`, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
