// Benchmark: what a call costs the callee of a datagram link (UDP) while many other calls' handlers
// are still running there (slow async handlers), in one process over the in-memory pair with
// `transport: 'udp'`, so that the replay cache is in the path and nothing else varies. For each
// number of running handlers (held open until the end of the round), 20,000 fast calls in lockstep
// are timed; rounds alternate the counts, and the median ns per call of the rounds is reported
// with its ratio to the count 1. A callee whose per-call work grows with the handlers running
// shows a ratio that grows with the count. (The count 0 is shown apart: with no other call pending
// a call and its answer leave at once, while any pending call sends them at the end of the event
// loop's turn, batched; so 0 and 1 differ by that path, not by the replay cache.)
//
//   pnpm build && cd apps/bench && node --import tsx src/rpc-replay-running.ts [--quick]

import { parseArgs } from 'node:util';
import { createMemoryConnectionPair } from '@heartwire/protocol/testing';
import { RpcPeer } from '@heartwire/rpc';
import protobuf from 'protobufjs';
import { median } from './lib/stats.js';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const ROUNDS = values.quick ? 2 : 7;
const CALLS = values.quick ? 2_000 : 20_000;
const RUNNING = [0, 1, 100, 1_000];

const root = protobuf.parse(`
  syntax = "proto3";
  package bench.v1;
  message Blob { bytes data = 1; }
  service Bench { rpc Fast (Blob) returns (Blob); rpc Slow (Blob) returns (Blob); }
`).root;
const service = root.lookupService('bench.v1.Bench');

async function round(running: number): Promise<number> {
  const [a, b] = createMemoryConnectionPair({ transport: 'udp' });
  const client = new RpcPeer(a, { maxPendingOutbound: 8_192 });
  const server = new RpcPeer(b, { maxConcurrentInbound: 2_048, replayCacheSize: 50_000 });
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started = 0;
  server.implement(service, {
    fast: (request) => request,
    slow: async (request) => {
      started++;
      await released;
      return request;
    },
  });
  const stub = client.client(service);
  const request = { data: Buffer.alloc(64, 0x61) };
  const slow = Array.from({ length: running }, () => stub.slow!(request));
  while (started < running) await new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 1_000; i++) await stub.fast!(request); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) await stub.fast!(request);
  const ns = Number(process.hrtime.bigint() - t0) / CALLS;
  release();
  await Promise.all(slow);
  await client.close();
  await server.close();
  return ns;
}

const results = new Map<number, number[]>(RUNNING.map((n) => [n, []]));
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? RUNNING : [...RUNNING].reverse();
  for (const running of order) results.get(running)!.push(await round(running));
}
const base = median(results.get(1)!);
const rows = RUNNING.map((running) => {
  const runs = results.get(running)!;
  const ns = median(runs);
  return `| ${running.toLocaleString('en-US')} | ${ns.toFixed(0)} | ${(ns / base).toFixed(2)}× | ${runs.map((v) => v.toFixed(0)).join(' / ')} |`;
});
process.stdout.write(
  [
    `### A datagram callee with handlers still running (${ROUNDS} rounds of ${CALLS.toLocaleString('en-US')} calls in lockstep, median ns per call)`,
    '',
    "In one process over the in-memory pair with `transport: 'udp'` (the replay cache in the path). The ratio is to one handler running; with none, a call and its answer leave at once instead of at the end of the turn, which is a different path.",
    '',
    '| handlers running | ns / call | ÷ 1 running | runs (ns) |',
    '| ---: | ---: | ---: | :--- |',
    ...rows,
    '',
  ].join('\n'),
);
