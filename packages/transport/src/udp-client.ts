// The UDP client engine: opens a session (SESSION_OPEN with a random nonce, retransmitted with
// backoff until SESSION_ACCEPT, a refusal, or connectTimeoutMs) on its own connected socket, then
// carries the session's datagrams. Datagrams without the session token are dropped and counted.

import { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { createSocket, type Socket } from 'node:dgram';
import {
  ConfigError,
  type Connection,
  checkDatagram,
  DATAGRAM_HEADER_BYTES,
  DisconnectReason,
  datagramHasToken,
  decodeClose,
  ErrorCodes,
  encodeDatagram,
  FrameKind,
  HeartwireError,
  SESSION_TOKEN_BYTES,
} from '@heartwire/protocol';
import createDebug from 'debug';
import {
  type ResolvedUdpOptions,
  resolveHost,
  resolvePort,
  resolveTimeout,
  resolveUdpOptions,
  type UdpClientOptions,
  udpSocketType,
} from './options.js';
import { createStats, type TransportStats } from './stats.js';
import { UdpConnection } from './udp-connection.js';

const debug = createDebug('heartwire:transport:udp');
const MAX_RETRY_MS = 2_000;

/** connect() was refused by the server (a CLOSE answering our SESSION_OPEN); `reason` says why. */
export class SessionRefusedError extends HeartwireError {
  readonly reason: DisconnectReason;

  constructor(reason: DisconnectReason, message: string) {
    super(ErrorCodes.REFUSED, message);
    this.reason = reason;
  }
}

function closeQuietly(socket: Socket): void {
  try {
    socket.close();
  } catch {
    // Already closed.
  }
}

export class UdpClientEngine implements AsyncDisposable {
  readonly host: string;
  readonly port: number;
  readonly connectTimeoutMs: number;
  readonly sessionOpenRetryMs: number;
  readonly options: ResolvedUdpOptions;
  readonly #stats = createStats();
  #socket: Socket | undefined;
  #connection: UdpConnection | undefined;
  #connecting: Promise<Connection> | undefined;
  #abort: ((error: HeartwireError) => void) | undefined;
  #closed = false;

  constructor(options: UdpClientOptions) {
    this.host = resolveHost(options.host);
    this.port = resolvePort(options.port, undefined);
    if (this.port === 0) throw new ConfigError('port 0 is not a server port');
    this.connectTimeoutMs = resolveTimeout('connectTimeoutMs', options.connectTimeoutMs, 10_000);
    this.sessionOpenRetryMs = resolveTimeout('sessionOpenRetryMs', options.sessionOpenRetryMs, 250);
    this.options = resolveUdpOptions(options);
  }

  get connection(): Connection | undefined {
    return this.#connection;
  }

  /** Live counters (not a copy). */
  get stats(): Readonly<TransportStats> {
    return this.#stats;
  }

  /**
   * Opens a session. Rejects with ERR_TIMEOUT (no answer in connectTimeoutMs), a SessionRefusedError
   * (code ERR_REFUSED, e.g. `max-connections`), ERR_CONNECTION_CLOSED (socket error, or the client
   * was closed meanwhile) or ERR_INVALID_STATE (already connected, or closed). May be called again
   * once the previous session has closed.
   */
  connect(): Promise<Connection> {
    if (this.#closed) return Promise.reject(new HeartwireError(ErrorCodes.INVALID_STATE, 'client is closed'));
    if (this.#connecting) return this.#connecting;
    if (this.#connection && this.#connection.state !== 'closed') {
      return Promise.reject(new HeartwireError(ErrorCodes.INVALID_STATE, 'client is already connected'));
    }
    const attempt = this.#attempt();
    this.#connecting = attempt;
    const clear = (): void => {
      if (this.#connecting === attempt) this.#connecting = undefined;
    };
    attempt.then(clear, clear);
    return attempt;
  }

  /** Closes the session (a CLOSE datagram with the reason) and the socket. Idempotent. */
  async close(reason: DisconnectReason = DisconnectReason.CLOSED, message = ''): Promise<void> {
    this.#closed = true;
    this.#abort?.(
      new HeartwireError(ErrorCodes.CONNECTION_CLOSED, 'connect attempt aborted: the client was closed'),
    );
    await this.#connecting?.catch(() => undefined);
    await this.#connection?.close(reason, message);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  #attempt(): Promise<Connection> {
    return new Promise<Connection>((resolve, reject) => {
      const socket = createSocket({ type: udpSocketType(this.host) });
      this.#socket = socket;
      const nonce = randomBytes(SESSION_TOKEN_BYTES);
      const openDatagram = encodeDatagram(FrameKind.SESSION_OPEN, nonce);
      let retryMs = this.sessionOpenRetryMs;
      let retryTimer: NodeJS.Timeout | undefined;
      let settled = false;
      const deadline = setTimeout(() => {
        fail(
          new HeartwireError(
            ErrorCodes.TIMEOUT,
            `no session from ${this.host}:${this.port} within ${this.connectTimeoutMs} ms`,
          ),
        );
      }, this.connectTimeoutMs);

      const settle = (): void => {
        settled = true;
        this.#abort = undefined;
        clearTimeout(deadline);
        clearTimeout(retryTimer);
      };
      const fail = (error: HeartwireError): void => {
        if (settled) return;
        settle();
        debug('session open with %s:%d failed: %s', this.host, this.port, error.message);
        closeQuietly(socket);
        reject(error);
      };
      this.#abort = fail;

      const sendOpen = (): void => {
        if (settled) return;
        socket.send(openDatagram, (error) => {
          if (error) {
            this.#stats.sendErrors += 1;
            debug('SESSION_OPEN send failed: %s', error.message);
          }
        });
        retryTimer = setTimeout(sendOpen, retryMs);
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      };

      socket.on('error', (error: NodeJS.ErrnoException) => {
        this.#stats.socketErrors += 1;
        debug('socket error: %s', error.message);
        // While opening, an error fails the attempt; once open, the heartbeat judges the session.
        const code = error.code === 'ECONNREFUSED' ? ErrorCodes.REFUSED : ErrorCodes.CONNECTION_CLOSED;
        fail(
          new HeartwireError(code, `cannot open a session with ${this.host}:${this.port}: ${error.message}`),
        );
      });

      socket.on('message', (message: Buffer) => {
        if (message.length > this.options.maxDatagramBytes) {
          this.#stats.oversizedDatagrams += 1;
          return;
        }
        // Checked in place: no datagram object, and a view only for the payload that is delivered.
        const invalid = checkDatagram(message, this.options.maxDatagramBytes);
        if (invalid) {
          this.#stats.invalidMessages += 1;
          debug('dropped an invalid datagram: %s', invalid.message);
          return;
        }
        const kind = message[0] as FrameKind;
        const connection = this.#connection;
        if (connection && connection.state !== 'closed' && datagramHasToken(message, connection.token)) {
          connection.receive(kind, message.subarray(DATAGRAM_HEADER_BYTES), message.length);
          return;
        }
        if (datagramHasToken(message, nonce)) {
          if (settled) return; // a duplicate answer to a retransmitted SESSION_OPEN
          const payload = message.subarray(DATAGRAM_HEADER_BYTES);
          if (kind === FrameKind.SESSION_ACCEPT && payload.length === SESSION_TOKEN_BYTES) {
            settle();
            resolve(this.#open(socket, Buffer.from(payload)));
            return;
          }
          if (kind === FrameKind.CLOSE) {
            const close = decodeClose(payload);
            const reason = close instanceof Error ? DisconnectReason.INVALID_MESSAGE : close.reason;
            this.#stats.connectionsRejected += 1;
            fail(new SessionRefusedError(reason, `session refused by ${this.host}:${this.port}: ${reason}`));
            return;
          }
        }
        this.#stats.badTokens += 1;
        debug('dropped a datagram with an unknown token');
      });

      // A connected socket only receives from the server, and the kernel filters the rest out.
      socket.connect(this.port, this.host, () => {
        if (!settled) sendOpen();
      });
    });
  }

  #open(socket: Socket, token: Buffer): UdpConnection {
    const remote = socket.remoteAddress();
    const stats = this.#stats;
    const connection = new UdpConnection({
      token,
      remoteAddress: remote.address,
      remotePort: remote.port,
      // A client has one session per socket: this link is its only user.
      link: {
        options: this.options,
        stats,
        transmit: (_connection, parts, callback) => {
          try {
            if (callback) socket.send(parts as Uint8Array[], callback);
            else socket.send(parts as Uint8Array[]);
          } catch (error) {
            callback?.(error as Error);
          }
        },
        sendQueueBytes: () => socket.getSendQueueSize(),
        onClosed: () => {
          stats.connectionsClosed += 1;
          if (this.#socket === socket) this.#socket = undefined;
          closeQuietly(socket);
        },
      },
    });
    this.#connection = connection;
    this.#stats.connectionsAccepted += 1;
    debug('%s session opened with %s:%d', connection.id, this.host, this.port);
    return connection;
  }
}
