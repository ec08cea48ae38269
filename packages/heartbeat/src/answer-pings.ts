// The PING → PONG responder. Both sides answer every PING so the other side learns its round-trip
// time and sees inbound bytes. One responder per connection however many users ask for it (a
// checker and a beater on the same connection must not answer twice), shared by all connections.

import type { Buffer } from 'node:buffer';
import { type Connection, decodePing, FrameKind } from '@heartwire/protocol';
import createDebug from 'debug';

const debug = createDebug('heartwire:heartbeat');

const users = new WeakMap<Connection, number>();

// A plain function, not a closure: EventEmitter calls it with the connection as `this`, so one
// function serves every connection and watching costs no allocation per connection.
function onFrame(this: Connection, kind: FrameKind, payload: Buffer): void {
  if (kind !== FrameKind.PING) return;
  const sequence = decodePing(payload);
  if (sequence instanceof Error) {
    debug('connection %s: ignoring malformed PING: %s', this.id, sequence.message);
    return;
  }
  if (this.state !== 'open') return;
  try {
    // PONG has PING's layout and echoes its sequence: the PING's own bytes are the answer (the
    // transport copies or sends them before anything can reuse them), so nothing is encoded.
    this.send(FrameKind.PONG, payload);
  } catch (error) {
    // The connection is closing (or its send buffer overflowed and the transport is closing it):
    // its `close` event tells the layers above; a lost PONG needs no other report.
    debug('connection %s: PONG %d not sent: %s', this.id, sequence, (error as Error).message);
  }
}

/**
 * Answers every PING arriving on `connection` with a PONG echoing its sequence number. Returns a
 * function that stops answering (idempotent); the responder goes when its last user stops.
 */
export function answerPings(connection: Connection): () => void {
  retainPingAnswer(connection);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    releasePingAnswer(connection);
  };
}

/** Internal: one more user of the connection's responder (attached by the first). */
export function retainPingAnswer(connection: Connection): void {
  const count = users.get(connection) ?? 0;
  if (count === 0) connection.on('control', onFrame);
  users.set(connection, count + 1);
}

/** Internal: one user fewer; the last one detaches the responder. */
export function releasePingAnswer(connection: Connection): void {
  const count = users.get(connection);
  if (count === undefined) return;
  if (count > 1) {
    users.set(connection, count - 1);
  } else {
    users.delete(connection);
    connection.off('control', onFrame);
  }
}
