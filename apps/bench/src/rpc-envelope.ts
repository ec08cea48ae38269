// Benchmark: the RPC envelope codec of @heartwire/rpc (decodeEnvelope / encodeEnvelope, the hand
// written codec every call goes through twice per side) against protobufjs reflection of the same
// proto/envelope.proto, in one process, in the same run. Envelopes as the comparison's echo sends
// them: a request (call id, method name, 64-byte payload, timeout) and its response.
// Rounds alternate codec and reflection; the median ns per operation of the rounds is reported.
//
//   pnpm build && cd apps/bench && node --import tsx src/rpc-envelope.ts [--quick]

import { parseArgs } from 'node:util';
import {
  decodeEnvelope,
  EnvelopeKind,
  encodeEnvelope,
  envelopeRoot,
  MalformedEnvelope,
} from '@heartwire/rpc';
import { median } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    ops: { type: 'string' },
  },
});
const quick = values.quick;
const rounds = Number(values.rounds ?? (quick ? 3 : 9));
const ops = Number(values.ops ?? (quick ? 200_000 : 2_000_000));

const Envelope = envelopeRoot.lookupType('heartwire.rpc.v1.Envelope');
const PAYLOAD = Buffer.alloc(64, 7);
/** Call ids above 16,383 (three-byte varints), as in a connection's steady state. */
const FIRST_ID = 100_000;
const DISTINCT = 1024;

const requests: Buffer[] = [];
const responses: Buffer[] = [];
for (let i = 0; i < DISTINCT; i++) {
  const id = FIRST_ID + i;
  requests.push(
    encodeEnvelope({
      kind: EnvelopeKind.REQUEST,
      id,
      method: 'bench.Echo/Echo',
      payload: PAYLOAD,
      timeoutMs: 30_000,
    }),
  );
  responses.push(encodeEnvelope({ kind: EnvelopeKind.RESPONSE, id, payload: PAYLOAD }));
}

// Both sides must read the same thing, or the comparison means nothing.
for (const bytes of [requests[0]!, responses[0]!]) {
  const ours = decodeEnvelope(bytes);
  const theirs = Envelope.toObject(Envelope.decode(bytes), { longs: Number, enums: Number, defaults: true });
  if (ours instanceof MalformedEnvelope) throw ours;
  if (ours.id !== theirs.id || ours.method !== theirs.method || !PAYLOAD.equals(ours.payload)) {
    throw new Error('the codec and reflection disagree about the benchmark envelopes');
  }
}

type Op = (i: number) => unknown;
const cases: ReadonlyArray<{ readonly name: string; readonly codec: Op; readonly reflection: Op }> = [
  {
    name: 'decode request',
    codec: (i) => decodeEnvelope(requests[i]!),
    reflection: (i) => Envelope.decode(requests[i]!),
  },
  {
    name: 'decode response',
    codec: (i) => decodeEnvelope(responses[i]!),
    reflection: (i) => Envelope.decode(responses[i]!),
  },
  {
    name: 'encode request',
    codec: (i) =>
      encodeEnvelope({
        kind: EnvelopeKind.REQUEST,
        id: FIRST_ID + i,
        method: 'bench.Echo/Echo',
        payload: PAYLOAD,
        timeoutMs: 30_000,
      }),
    reflection: (i) =>
      Envelope.encode({
        kind: EnvelopeKind.REQUEST,
        id: FIRST_ID + i,
        method: 'bench.Echo/Echo',
        payload: PAYLOAD,
        timeoutMs: 30_000,
      }).finish(),
  },
  {
    name: 'encode response',
    codec: (i) => encodeEnvelope({ kind: EnvelopeKind.RESPONSE, id: FIRST_ID + i, payload: PAYLOAD }),
    reflection: (i) =>
      Envelope.encode({ kind: EnvelopeKind.RESPONSE, id: FIRST_ID + i, payload: PAYLOAD }).finish(),
  },
];

/** Keeps results reachable so that no operation can be optimized away. */
let sink = 0;

function nsPerOp(op: Op): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) if (op(i & (DISTINCT - 1)) !== undefined) sink++;
  return Number(process.hrtime.bigint() - t0) / ops;
}

const rows: string[] = [];
for (const c of cases) {
  const codec: number[] = [];
  const reflection: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so neither always runs on a cooler (or warmer) machine.
    if (round % 2 === 0) {
      codec.push(nsPerOp(c.codec));
      reflection.push(nsPerOp(c.reflection));
    } else {
      reflection.push(nsPerOp(c.reflection));
      codec.push(nsPerOp(c.codec));
    }
  }
  const ours = median(codec);
  const theirs = median(reflection);
  rows.push(
    `| ${c.name} | ${ours.toFixed(0)} | ${theirs.toFixed(0)} | ${(ours / theirs).toFixed(2)}× | ${codec.map((v) => v.toFixed(0)).join(' / ')} |`,
  );
}
if (sink !== rounds * cases.length * 2 * ops) throw new Error('an operation returned nothing');

process.stdout.write(
  [
    `### RPC envelope codec vs protobufjs reflection (${rounds} rounds of ${ops.toLocaleString('en-US')} operations, median ns per operation)`,
    '',
    `Request: call id > 16,383, method \`bench.Echo/Echo\`, ${PAYLOAD.length}-byte payload, timeout; response: call id and payload. decodeEnvelope gives a view on the bytes (no payload copy); reflection makes a message object.`,
    '',
    '| operation | codec ns | reflection ns | codec / reflection | codec runs (ns) |',
    '| :--- | ---: | ---: | ---: | :--- |',
    ...rows,
    '',
  ].join('\n'),
);
