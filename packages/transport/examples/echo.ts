// A tiny showcase of @heartwire/transport: a TCP echo server on a free port, one client, a few
// frames of different sizes, their round-trip times, then everything closed. Exits 0 on success.
//
//   node -C @heartwire/source --import tsx examples/echo.ts

import { once } from 'node:events';
import { type Connection, FrameKind } from '@heartwire/protocol';
import { TcpClientEngine, TcpServerEngine } from '@heartwire/transport';

const server = new TcpServerEngine({ maxConnections: 100 });
server.on('connection', (conn) => {
  console.log(`server: ${conn.id} connected from ${conn.remoteAddress}:${conn.remotePort}`);
  conn.on('frame', (kind, payload) => conn.send(kind, payload));
  conn.on('close', (info) => console.log(`server: ${conn.id} closed (${info.reason}, ${info.initiator})`));
});
await server.start();
console.log(`server: listening on 127.0.0.1:${server.port}`);

const client = new TcpClientEngine({ port: server.port });
const accepted = once(server, 'connection');
const conn = await client.connect();
const [serverSide] = (await accepted) as [Connection];
conn.on('close', (info) => console.log(`client: closed (${info.reason}, ${info.initiator})`));

for (const size of [0, 1, 64, 60 * 1024, 1024 * 1024]) {
  const payload = Buffer.alloc(size, 0x2a);
  const started = process.hrtime.bigint();
  conn.send(FrameKind.DATA, payload);
  const [, echoed] = (await once(conn, 'frame', { signal: AbortSignal.timeout(5_000) })) as [
    FrameKind,
    Buffer,
  ];
  const micros = Number(process.hrtime.bigint() - started) / 1000;
  if (!echoed.equals(payload)) throw new Error(`echo of ${size} bytes came back different`);
  console.log(`client: ${String(size).padStart(8)} B echoed in ${micros.toFixed(0).padStart(6)} µs`);
}
console.log(
  `client: sent ${conn.bytesSent} B, flushed ${conn.bytesFlushed} B, received ${conn.bytesReceived} B`,
);

const serverSideClosed = once(serverSide, 'close', { signal: AbortSignal.timeout(5_000) });
await client.close('logged-out', 'showcase done');
await serverSideClosed; // the server reads the client's CLOSE frame: reason `logged-out`
await server.close();
console.log(
  `server: closed; accepted ${server.stats.connectionsAccepted}, closed ${server.stats.connectionsClosed}`,
);
