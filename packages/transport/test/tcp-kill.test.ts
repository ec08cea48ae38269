import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Connection } from '@heartwire/protocol';
import { afterEach, expect, it } from 'vitest';
import { TcpServerEngine } from '../src/index.js';
import { Cleanup, nextClose, nextFrame } from './helpers.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const childScript = fileURLToPath(new URL('./fixtures/tcp-client-child.ts', import.meta.url));

it('SIGKILL of a client process surfaces on the server as network-interrupted', async () => {
  const server = cleanup.add(new TcpServerEngine());
  await server.start();
  const accepted = once(server, 'connection', { signal: AbortSignal.timeout(20_000) });
  const child: ChildProcess = spawn(
    process.execPath,
    ['-C', '@heartwire/source', '--import', 'tsx', childScript, String(server.port)],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  cleanup.add(child, (c) => c.kill('SIGKILL'));
  const [serverSide] = (await accepted) as [Connection];
  const hello = await nextFrame(serverSide, 20_000);
  expect(hello.payload.toString()).toBe(`child ${child.pid}`);
  const closes: unknown[] = [];
  serverSide.on('close', (info) => closes.push(info));
  const closed = nextClose(serverSide);
  const exited = once(child, 'exit', { signal: AbortSignal.timeout(10_000) });
  child.kill('SIGKILL');
  const [, signal] = await exited;
  expect(signal).toBe('SIGKILL');
  expect(await closed).toMatchObject({ reason: 'network-interrupted', initiator: 'remote' });
  expect(closes).toHaveLength(1);
  expect(server.connections.size).toBe(0);
});
