// The UDP server engine: one socket, a session per client opened by SESSION_OPEN/SESSION_ACCEPT and
// bound to a random token. Datagrams are routed by token, never by source address alone, so a
// spoofed address cannot inject into another session. A session's address is fixed at open: a
// valid token from another address is dropped and counted (a client whose address changed opens a
// new session). The engine never ends a session by itself: the heartbeat above closes silent ones.

import type { Buffer } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { lookup as dnsLookup, type LookupOneOptions } from 'node:dns';
import { EventEmitter } from 'node:events';
import { isIP } from 'node:net';
import {
  type Connection,
  checkDatagram,
  DATAGRAM_HEADER_BYTES,
  DisconnectReason,
  datagramHasToken,
  datagramTokenHash,
  ErrorCodes,
  encodeClose,
  encodeDatagram,
  FrameKind,
  HeartwireError,
  SESSION_TOKEN_BYTES,
  sessionTokenHash,
} from '@heartwire/protocol';
import createDebug from 'debug';
import {
  type ResolvedUdpOptions,
  resolveHost,
  resolveMaxConnections,
  resolvePort,
  resolveReceiveBufferBytes,
  resolveUdpOptions,
  type UdpServerOptions,
  udpSocketType,
} from './options.js';
import { createStats, type TransportStats } from './stats.js';
import type { ServerEngineEvents } from './tcp-server.js';
import { UdpConnection, type UdpLink } from './udp-connection.js';

const debug = createDebug('heartwire:transport:udp');

interface Session {
  readonly connection: UdpConnection;
  readonly openKey: string;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string, family: number) => void;

/**
 * The server replies to the address each datagram came from, always an IP literal. dgram resolves
 * the destination of every unconnected send through `lookup`, and the default one answers even an
 * IP literal on the next tick (one tick and one callback per reply); this one answers it at once
 * and leaves host names to dns.lookup.
 */
function addressLookup(hostname: string, options: LookupOneOptions | number, callback: LookupCallback): void {
  // Replies mostly go to the address the last one went to: a string comparison instead of isIP's
  // regular expression.
  if (hostname === lastLiteral) {
    callback(null, hostname, lastFamily);
    return;
  }
  const family = isIP(hostname);
  if (family === 0) {
    dnsLookup(hostname, options as LookupOneOptions, callback);
    return;
  }
  lastLiteral = hostname;
  lastFamily = family;
  callback(null, hostname, family);
}

/** The IP literal addressLookup answered last, and its family. */
let lastLiteral = '';
let lastFamily = 0;

export class UdpServerEngine extends EventEmitter<ServerEngineEvents> implements AsyncDisposable {
  readonly host: string;
  readonly maxConnections: number;
  readonly options: ResolvedUdpOptions;
  readonly #requestedPort: number;
  readonly #receiveBufferBytes: number;
  readonly #connections = new Map<string, UdpConnection>();
  /**
   * Sessions by sessionTokenHash of their token (datagramTokenHash for an inbound datagram). No two
   * live sessions share a hash (#newToken), and a datagram's whole token is confirmed on its bytes.
   */
  readonly #byToken = new Map<number, Session>();
  /** Sessions by `address|port|nonce`, so a retransmitted SESSION_OPEN gets the same answer. */
  readonly #byOpen = new Map<string, Session>();
  readonly #stats = createStats();
  #socket: Socket | undefined;
  /** The link every session of this engine transmits through (see UdpLink). */
  readonly #link: UdpLink;
  #port = 0;
  #started: Promise<void> | undefined;
  #closing: Promise<void> | undefined;

  constructor(options: UdpServerOptions = {}) {
    super();
    this.host = resolveHost(options.host);
    this.#requestedPort = resolvePort(options.port, 0);
    this.maxConnections = resolveMaxConnections(options.maxConnections);
    this.options = resolveUdpOptions(options);
    this.#receiveBufferBytes = resolveReceiveBufferBytes(options.receiveBufferBytes);
    this.#link = {
      options: this.options,
      stats: this.#stats,
      transmit: (connection, parts, callback) =>
        this.#transmit(parts, connection.remotePort, connection.remoteAddress, callback),
      sendQueueBytes: () => this.#socket?.getSendQueueSize() ?? 0,
      onClosed: (connection) => this.#onSessionClosed(connection),
    };
  }

  /** The socket's receive buffer as the kernel reports it (Linux: twice what was granted), 0 before start(). */
  get receiveBufferBytes(): number {
    try {
      return this.#socket?.getRecvBufferSize() ?? 0;
    } catch {
      return 0;
    }
  }

  get port(): number {
    return this.#port;
  }

  /** Open sessions by connection id. */
  get connections(): ReadonlyMap<string, Connection> {
    return this.#connections;
  }

  /** Live counters (not a copy). */
  get stats(): Readonly<TransportStats> {
    return this.#stats;
  }

  /** Binds the socket; rejects with the socket error (e.g. EADDRINUSE). Calling it again returns the same promise. */
  start(): Promise<void> {
    if (this.#closing)
      return Promise.reject(new HeartwireError(ErrorCodes.INVALID_STATE, 'server is closed'));
    this.#started ??= new Promise<void>((resolve, reject) => {
      const socket = createSocket({ type: udpSocketType(this.host), lookup: addressLookup });
      this.#socket = socket;
      const onError = (error: Error): void => {
        this.#socket = undefined;
        socket.close();
        reject(error);
      };
      socket.once('error', onError);
      socket.bind(this.#requestedPort, this.host, () => {
        socket.off('error', onError);
        socket.on('error', (error) => {
          this.#stats.socketErrors += 1;
          debug('socket error: %s', error.message);
        });
        socket.on('message', this.#onMessage);
        try {
          socket.setRecvBufferSize(this.#receiveBufferBytes);
        } catch (error) {
          // Refused by the OS: the default buffer still works, it only drops sooner under bursts.
          debug('receive buffer of %d bytes refused: %s', this.#receiveBufferBytes, (error as Error).message);
        }
        this.#port = socket.address().port;
        debug('bound to %s:%d', this.host, this.#port);
        resolve();
      });
    });
    return this.#started;
  }

  /** Closes one session with a reason (a CLOSE datagram). Resolves false for an unknown id. */
  async closeOneConnection(id: string, reason: DisconnectReason, message = ''): Promise<boolean> {
    const connection = this.#connections.get(id);
    if (!connection) return false;
    await connection.close(reason, message);
    return true;
  }

  /** Sends CLOSE `server-shutdown` to every session, then closes the socket; resolves once the port is released. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#shutdown();
    return this.#closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #shutdown(): Promise<void> {
    await this.#started?.catch(() => undefined);
    const socket = this.#socket;
    if (!socket) return;
    debug('closing %s:%d with %d sessions', this.host, this.#port, this.#connections.size);
    await Promise.all(
      [...this.#connections.values()].map((connection) => connection.close(DisconnectReason.SERVER_SHUTDOWN)),
    );
    await new Promise<void>((resolve) => socket.close(() => resolve()));
    debug('closed %s:%d', this.host, this.#port);
  }

  readonly #onMessage = (message: Buffer, remote: RemoteInfo): void => {
    if (message.length > this.options.maxDatagramBytes) {
      this.#stats.oversizedDatagrams += 1;
      debug('dropped a datagram of %d bytes from %s:%d', message.length, remote.address, remote.port);
      return;
    }
    // Checked in place: no datagram object, and a view only for the payload that is delivered.
    const invalid = checkDatagram(message, this.options.maxDatagramBytes);
    if (invalid) {
      this.#stats.invalidMessages += 1;
      debug('dropped an invalid datagram from %s:%d: %s', remote.address, remote.port, invalid.message);
      return;
    }
    const kind = message[0] as FrameKind;
    if (kind === FrameKind.SESSION_OPEN) {
      this.#onSessionOpen(message.subarray(1, DATAGRAM_HEADER_BYTES), remote);
      return;
    }
    const session = this.#byToken.get(datagramTokenHash(message));
    if (!session || !datagramHasToken(message, session.connection.token)) {
      this.#stats.badTokens += 1;
      debug('dropped a datagram with an unknown token from %s:%d', remote.address, remote.port);
      return;
    }
    const connection = session.connection;
    if (remote.address !== connection.remoteAddress || remote.port !== connection.remotePort) {
      this.#stats.addressMismatches += 1;
      debug(
        '%s: dropped a datagram from %s:%d, not the session address',
        connection.id,
        remote.address,
        remote.port,
      );
      return;
    }
    if (kind === FrameKind.SESSION_ACCEPT) {
      this.#stats.invalidMessages += 1;
      return;
    }
    connection.receive(kind, message.subarray(DATAGRAM_HEADER_BYTES), message.length);
  };

  #onSessionOpen(nonce: Buffer, remote: RemoteInfo): void {
    const openKey = `${remote.address}|${remote.port}|${nonce.toString('hex')}`;
    const existing = this.#byOpen.get(openKey);
    if (existing) {
      this.#stats.duplicateSessionOpens += 1;
      this.#reply(encodeDatagram(FrameKind.SESSION_ACCEPT, nonce, existing.connection.token), remote);
      return;
    }
    const refusal = this.#closing
      ? DisconnectReason.SERVER_SHUTDOWN
      : this.#connections.size >= this.maxConnections
        ? DisconnectReason.MAX_CONNECTIONS
        : undefined;
    if (refusal) {
      this.#stats.connectionsRejected += 1;
      debug('refusing a session from %s:%d: %s', remote.address, remote.port, refusal);
      const text = `server refused the session: ${refusal}`;
      this.#reply(encodeDatagram(FrameKind.CLOSE, nonce, encodeClose(refusal, text)), remote);
      return;
    }
    const token = this.#newToken();
    const connection = new UdpConnection({
      token,
      remoteAddress: remote.address,
      remotePort: remote.port,
      link: this.#link,
    });
    const session: Session = { connection, openKey };
    this.#byToken.set(sessionTokenHash(token), session);
    this.#byOpen.set(openKey, session);
    this.#connections.set(connection.id, connection);
    this.#stats.connectionsAccepted += 1;
    debug('%s session opened by %s:%d', connection.id, remote.address, remote.port);
    this.#reply(encodeDatagram(FrameKind.SESSION_ACCEPT, nonce, token), remote);
    this.emit('connection', connection);
  }

  #onSessionClosed(connection: UdpConnection): void {
    const hash = sessionTokenHash(connection.token);
    const session = this.#byToken.get(hash);
    if (session?.connection === connection) {
      this.#byToken.delete(hash);
      this.#byOpen.delete(session.openKey);
    }
    this.#connections.delete(connection.id);
    this.#stats.connectionsClosed += 1;
  }

  #newToken(): Buffer {
    for (;;) {
      const token = randomBytes(SESSION_TOKEN_BYTES);
      // Unique by hash, not only by value: a datagram finds its session by the hash alone.
      if (!this.#byToken.has(sessionTokenHash(token))) return token;
    }
  }

  #reply(datagram: Buffer, remote: RemoteInfo): void {
    this.#transmit([datagram], remote.port, remote.address, (error) => {
      if (error) {
        this.#stats.sendErrors += 1;
        debug('reply to %s:%d failed: %s', remote.address, remote.port, error.message);
      }
    });
  }

  #transmit(
    parts: readonly Uint8Array[],
    port: number,
    address: string,
    callback: ((error: Error | null, bytes?: number) => void) | undefined,
  ): void {
    const socket = this.#socket;
    if (!socket) {
      callback?.(new HeartwireError(ErrorCodes.CONNECTION_CLOSED, 'the server socket is closed'));
      return;
    }
    try {
      if (callback) socket.send(parts as Uint8Array[], port, address, callback);
      else socket.send(parts as Uint8Array[], port, address);
    } catch (error) {
      // A closed socket throws synchronously; report it like any failed send.
      callback?.(error as Error);
    }
  }
}
