// Benchmark: where a lockstep round trip's time goes, layer by layer, over TCP and over UDP. Per
// transport three systems answer the same 64-byte echo: the raw socket (`raw`: node:net framing;
// `raw-udp`: node:dgram, one message per datagram), heartwire's transport alone (a DATA frame echoed
// by a 'frame' listener: session, framing, tokens, no RPC), and heartwire's full RPC stack (the
// comparison's heartwire-tcp / heartwire-udp). Each system has its own server process (one core)
// and a client in this process (the other core); the systems take turns, 1,000 round trips at a
// time in rotating order, so that the machine's changes of speed weigh on all of them alike. For
// each: p50 and p99 in µs, the ratio of p50 to the raw socket and to the layer below, and the CPU
// both processes spend per round trip (on the critical path of a lockstep exchange, so CPU added
// by a layer is latency added).
//
//   pnpm build && cd apps/bench && node --import tsx src/rpc-latency-layers.ts [--quick]

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Connection, FrameKind } from '@heartwire/protocol';
import { TcpClientEngine, TcpServerEngine, UdpClientEngine, UdpServerEngine } from '@heartwire/transport';
import { coreSets, pin, Worker } from './lib/children.js';
import { markdownTable, num, times } from './lib/format.js';
import { onCommand, sendToParent } from './lib/ipc.js';
import { percentile, ratio, sortedCopy } from './lib/stats.js';
import { loadSystem } from './systems/index.js';
import type { ClientHandle, ServerHandle, SystemName } from './systems/types.js';

const LAYERS = [
  { name: 'raw', transport: 'tcp', layer: 'socket' },
  { name: 'transport-tcp', transport: 'tcp', layer: 'transport' },
  { name: 'heartwire-tcp', transport: 'tcp', layer: 'rpc' },
  { name: 'raw-udp', transport: 'udp', layer: 'socket' },
  { name: 'transport-udp', transport: 'udp', layer: 'transport' },
  { name: 'heartwire-udp', transport: 'udp', layer: 'rpc' },
] as const;
type LayerName = (typeof LAYERS)[number]['name'];

const PAYLOAD_BYTES = 64;
const TURN = 1_000;
const WARM_UP = 2_000;
const IPC_TIMEOUT_MS = 10_000;
const self = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    turns: { type: 'string' },
    role: { type: 'string' },
    system: { type: 'string' },
  },
});

const cpuMicros = (): number => {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
};

// ---------------------------------------------------------------- heartwire's transport alone

async function startTransportServer(udp: boolean): Promise<ServerHandle> {
  const engine = udp
    ? new UdpServerEngine({ host: '127.0.0.1', port: 0 })
    : new TcpServerEngine({ host: '127.0.0.1', port: 0 });
  engine.on('connection', (connection: Connection) => {
    connection.on('frame', (kind: FrameKind, payload: Buffer) => {
      if (kind === FrameKind.DATA) connection.send(FrameKind.DATA, payload);
    });
  });
  await engine.start();
  return { port: engine.port, connections: () => engine.connections.size, close: () => engine.close() };
}

/** Echo over a bare connection: a u32 sequence number before the payload matches the answer. */
async function connectTransport(udp: boolean, port: number): Promise<ClientHandle> {
  const engine = udp
    ? new UdpClientEngine({ host: '127.0.0.1', port })
    : new TcpClientEngine({ host: '127.0.0.1', port });
  const connection = await engine.connect();
  const waiting = new Map<number, (bytes: number) => void>();
  let seq = 0;
  connection.on('frame', (kind: FrameKind, payload: Buffer) => {
    if (kind !== FrameKind.DATA || payload.length < 4) return;
    const id = payload.readUInt32BE(0);
    const resolve = waiting.get(id);
    if (!resolve) return;
    waiting.delete(id);
    resolve(payload.length);
  });
  return {
    echo: (payload) =>
      new Promise((resolve) => {
        seq = (seq + 1) >>> 0;
        const frame = Buffer.allocUnsafe(4 + payload.length);
        frame.writeUInt32BE(seq, 0);
        payload.copy(frame, 4);
        waiting.set(seq, resolve);
        connection.send(FrameKind.DATA, frame);
      }),
    close: () => engine.close(),
  };
}

async function startServer(name: LayerName): Promise<ServerHandle> {
  if (name === 'transport-tcp' || name === 'transport-udp')
    return startTransportServer(name === 'transport-udp');
  const system = await loadSystem(name as SystemName);
  return system.startServer(undefined, { onTimeout: () => undefined, onDisconnect: () => undefined });
}

async function connect(name: LayerName, port: number): Promise<ClientHandle> {
  if (name === 'transport-tcp' || name === 'transport-udp')
    return connectTransport(name === 'transport-udp', port);
  return (await loadSystem(name as SystemName)).connect(port, {});
}

// ---------------------------------------------------------------- server process

async function serve(name: LayerName): Promise<void> {
  const server = await startServer(name);
  onCommand(
    (message) => {
      if (message.type === 'cpu') sendToParent({ type: 'cpu', micros: cpuMicros() });
    },
    () => server.close(),
  );
  sendToParent({ type: 'ready', port: server.port });
}

// ---------------------------------------------------------------- runner

interface Contender {
  readonly name: LayerName;
  readonly transport: 'tcp' | 'udp';
  readonly layer: string;
  readonly worker: Worker;
  readonly client: ClientHandle;
  readonly samples: number[];
  clientCpu: number;
  serverCpu: number;
  roundTrips: number;
}

async function serverCpu(worker: Worker): Promise<number> {
  const reply = worker.waitFor('cpu', IPC_TIMEOUT_MS);
  worker.send({ type: 'cpu' });
  return (await reply).micros as number;
}

async function main(): Promise<void> {
  const turns = Number(values.turns ?? (values.quick ? 2 : 40));
  const perTurn = values.quick ? 200 : TURN;
  const warmUp = values.quick ? 200 : WARM_UP;
  const cores = coreSets();
  if (cores) pin(process.pid, cores.load);
  const payload = Buffer.alloc(PAYLOAD_BYTES, 0x61);
  const contenders: Contender[] = [];
  try {
    for (const { name, transport, layer } of LAYERS) {
      const worker = new Worker(self, ['--role=server', `--system=${name}`], name, { cpus: cores?.server });
      const { port } = await worker.waitFor('ready', IPC_TIMEOUT_MS);
      const client = await connect(name, port as number);
      for (let i = 0; i < warmUp; i++) await client.echo(payload);
      contenders.push({
        name,
        transport,
        layer,
        worker,
        client,
        samples: [],
        clientCpu: 0,
        serverCpu: 0,
        roundTrips: 0,
      });
    }
    for (let turn = 0; turn < turns; turn++) {
      for (let k = 0; k < contenders.length; k++) {
        const c = contenders[(k + turn) % contenders.length]!;
        const server0 = await serverCpu(c.worker);
        const client0 = cpuMicros();
        for (let i = 0; i < perTurn; i++) {
          const t0 = performance.now();
          await c.client.echo(payload);
          c.samples.push((performance.now() - t0) * 1000);
        }
        c.clientCpu += cpuMicros() - client0;
        c.serverCpu += (await serverCpu(c.worker)) - server0;
        c.roundTrips += perTurn;
      }
    }
  } finally {
    for (const c of contenders) {
      await c.client.close().catch(() => undefined);
      c.worker.send({ type: 'exit' });
      await c.worker.exited;
    }
  }
  report(contenders, { turns, perTurn, warmUp, pinned: cores !== undefined });
}

interface RunShape {
  readonly turns: number;
  readonly perTurn: number;
  readonly warmUp: number;
  readonly pinned: boolean;
}

function report(contenders: readonly Contender[], { turns, perTurn, warmUp, pinned }: RunShape): void {
  const p50 = new Map<LayerName, number>();
  const rows = contenders.map((c) => {
    const sorted = sortedCopy(c.samples);
    const median = percentile(sorted, 50);
    p50.set(c.name, median);
    return { c, median, p99: percentile(sorted, 99) };
  });
  const bottom = (transport: string) => (transport === 'tcp' ? 'raw' : 'raw-udp');
  const below = (c: Contender): LayerName | undefined =>
    c.layer === 'rpc'
      ? (`transport-${c.transport}` as LayerName)
      : c.layer === 'transport'
        ? bottom(c.transport)
        : undefined;
  console.log(`### Lockstep latency, layer by layer\n`);
  console.log(
    `64 B echo in lockstep, ${turns} turns of ${perTurn} round trips per system in rotating order after ${warmUp} warm-up; ` +
      `server and client in separate processes${pinned ? ', pinned to different cores' : ''}. ` +
      'CPU is user + system of each process per round trip; in lockstep the two run one after the other, so their sum is most of the round trip.\n',
  );
  console.log(
    markdownTable(
      [
        'system',
        'transport',
        'layer',
        'p50 µs',
        'p99 µs',
        'p50 ÷ raw socket',
        'p50 ÷ layer below',
        'client CPU µs / rt',
        'server CPU µs / rt',
      ],
      rows.map(({ c, median, p99 }) => {
        const under = below(c);
        return [
          c.name,
          c.transport,
          c.layer,
          num(median),
          num(p99),
          times(ratio(median, p50.get(bottom(c.transport)))),
          under ? times(ratio(median, p50.get(under))) : '—',
          num(c.clientCpu / c.roundTrips),
          num(c.serverCpu / c.roundTrips),
        ];
      }),
      [1, 2],
    ),
  );
}

if (values.role === 'server') {
  serve(values.system as LayerName).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
