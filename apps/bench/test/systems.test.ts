// One quick end-to-end round trip through each compared system's adapter, in process: the server
// starts on a free loopback port, a client echoes a payload, both close, the server sees the client
// go, and the port is free again.

import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSystem } from '../src/systems/index.js';
import {
  type ClientHandle,
  type ServerHandle,
  SPEED_ONLY_SYSTEMS,
  SystemNames,
} from '../src/systems/types.js';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function portIsFree(port: number, udp: boolean): Promise<boolean> {
  if (udp) {
    return new Promise((resolve) => {
      const probe = createSocket('udp4');
      probe.once('error', () => {
        probe.close();
        resolve(false);
      });
      probe.bind(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
  }
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe.each(SystemNames.filter((s) => !SPEED_ONLY_SYSTEMS.includes(s)))('%s adapter', (name) => {
  it('echoes over loopback and reports the client leaving', async () => {
    const system = await loadSystem(name);
    const disconnects: string[] = [];
    let timeouts = 0;
    const server: ServerHandle = await system.startServer(
      { intervalMs: 1000, timeoutMs: 3000 },
      {
        onTimeout: () => {
          timeouts++;
        },
        onDisconnect: (reason) => {
          disconnects.push(reason);
        },
      },
    );
    cleanups.push(() => server.close());
    expect(server.port).toBeGreaterThan(0);

    const lost: string[] = [];
    const client: ClientHandle = await system.connect(server.port, {
      heartbeat: { intervalMs: 1000, timeoutMs: 3000 },
      onLost: (reason) => lost.push(reason),
    });
    cleanups.push(() => client.close());
    const payload = Buffer.from('heartwire bench smoke test payload');
    const answers = await Promise.all([client.echo(payload), client.echo(payload), client.echo(payload)]);
    expect(answers).toHaveLength(3);
    await waitFor(() => server.connections() === 1, 5000);

    await client.close();
    await waitFor(() => disconnects.length === 1, 5000);
    expect(timeouts).toBe(0);
    expect(lost).toEqual([]);

    await server.close();
    // grpc-js and socket.io release the port asynchronously after their close callbacks.
    let free = false;
    for (let i = 0; i < 50 && !free; i++) {
      free = await portIsFree(server.port, name === 'heartwire-udp');
      if (!free) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(free).toBe(true);
  });
});

describe('raw-udp adapter', () => {
  it('matches answers to requests by number, and fails a call whose datagram goes unanswered', async () => {
    const system = await loadSystem('raw-udp');
    const events = { onTimeout: () => undefined, onDisconnect: () => undefined };
    await expect(system.startServer({ intervalMs: 1000, timeoutMs: 3000 }, events)).rejects.toThrow(
      /no heartbeat/,
    );
    const server = await system.startServer(undefined, events);
    cleanups.push(() => server.close());
    const client = await system.connect(server.port, {});
    cleanups.push(() => client.close());
    const sizes = [1, 64, 300, 7, 1000];
    const answers = await Promise.all(sizes.map((n) => client.echo(Buffer.alloc(n, n))));
    expect(answers).toEqual(sizes);
    expect(server.connections()).toBe(1);

    await server.close();
    expect(await portIsFree(server.port, true)).toBe(true);
    // Nobody answers now: the sweep fails the call (after 2 s) instead of leaving it pending.
    await expect(client.echo(Buffer.alloc(8))).rejects.toThrow(/unanswered/);
    await client.close();
    await expect(client.echo(Buffer.alloc(8))).rejects.toThrow(/closed/);
  });
});
