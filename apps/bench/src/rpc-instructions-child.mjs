// Child of rpc-instructions.ts: a client and a server RpcPeer over the in-memory connection pair,
// `calls` echo calls of 64 B with `inflight` of them pending at a time, then exit. No sockets and
// no clock in the loop: what runs is heartwire's and V8's work only, the same instructions every
// run. The parent counts them under valgrind. Plain JavaScript, run by node without tsx: tsx's
// loader runs on a thread of its own, whose work would make the count vary from run to run.
//
//   node --single-threaded src/rpc-instructions-child.mjs <tcp|udp> <calls> <inflight> [rpc module]

import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMemoryConnectionPair } from '@heartwire/protocol/testing';
import protobuf from 'protobufjs';

const [transport, callsArg, inflightArg, modulePath] = process.argv.slice(2);
if (transport !== 'tcp' && transport !== 'udp') throw new Error('transport must be tcp or udp');
const calls = Number(callsArg);
const inflight = Number(inflightArg);
// Another build of the rpc package (a baseline), or the one the workspace resolves.
const rpc = modulePath ? await import(pathToFileURL(modulePath).href) : await import('@heartwire/rpc');

const proto = fileURLToPath(new URL('../proto/echo.proto', import.meta.url));
const service = protobuf.loadSync(proto).lookupService('bench.Echo');
const [a, b] = createMemoryConnectionPair({ transport });
new rpc.RpcPeer(b).implement(service, { echo: (request) => ({ payload: request.payload }) });
const echo = new rpc.RpcPeer(a).client(service).echo;
const payload = Buffer.alloc(64, 7);

let left = calls;
async function lane() {
  while (left-- > 0) await echo({ payload });
}
await Promise.all(Array.from({ length: inflight }, lane));
process.exit(0);
