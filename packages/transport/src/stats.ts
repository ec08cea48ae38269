// Counters every engine keeps, so that what was refused, dropped or cut off is never silent.
// One shape for the four engines; a counter that cannot happen on an engine stays 0.

export interface TransportStats {
  /** Connections (TCP) or sessions (UDP) accepted by a server, or established by a client. */
  connectionsAccepted: number;
  /** Connections or session requests refused: `max-connections`, or the server was closing. */
  connectionsRejected: number;
  /** Connections that have fired `close`. */
  connectionsClosed: number;
  /** Bytes that do not form a valid frame (TCP: the connection is closed; UDP: the datagram is dropped). */
  invalidMessages: number;
  /** TCP connections destroyed because their send buffer went over `maxSendBufferBytes`. */
  sendBufferOverflows: number;
  /** UDP datagrams over `maxDatagramBytes`, dropped on receive. */
  oversizedDatagrams: number;
  /** UDP datagrams whose token matched no session, dropped. */
  badTokens: number;
  /** UDP datagrams with a valid session token from another address than the session's, dropped. */
  addressMismatches: number;
  /** UDP SESSION_OPEN retransmissions answered again with the same SESSION_ACCEPT. */
  duplicateSessionOpens: number;
  /** Failed UDP sends (logged through `debug`, never thrown). */
  sendErrors: number;
  /** 'error' events of sockets (a reset peer, a failed write); each also ends its connection. */
  socketErrors: number;
}

export function createStats(): TransportStats {
  return {
    connectionsAccepted: 0,
    connectionsRejected: 0,
    connectionsClosed: 0,
    invalidMessages: 0,
    sendBufferOverflows: 0,
    oversizedDatagrams: 0,
    badTokens: 0,
    addressMismatches: 0,
    duplicateSessionOpens: 0,
    sendErrors: 0,
    socketErrors: 0,
  };
}
