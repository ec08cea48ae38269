// The real programs, each in its own process (from source, through tsx), driven through stdin and
// read from stdout: two terminal clients talk, and when one of them is frozen (SIGSTOP: no FIN, no
// CLOSE) the other is told it timed out, with the reason.
import { afterEach, describe, expect, it } from 'vitest';
import { ChatProcess, killAllChatProcesses } from '../src/chat-process.js';

const started: ChatProcess[] = [];
afterEach(async () => {
  killAllChatProcesses();
  await Promise.all(started.splice(0).map((p) => p.exited));
});

function run(name: string, program: 'server-main' | 'client-main', args: string[]): ChatProcess {
  const p = new ChatProcess(name, program, args, { ipc: program === 'server-main' });
  started.push(p);
  return p;
}

async function startServer(...extra: string[]): Promise<{ server: ChatProcess; port: string }> {
  const server = run('server', 'server-main', [
    '--port',
    '0',
    '--heartbeat',
    '0.5',
    '--timeout',
    '1.5',
    ...extra,
  ]);
  const line = await server.waitForLine('chat server listening on tcp 127.0.0.1:', 20_000);
  return { server, port: /:(\d+) /.exec(line)![1]! };
}

describe('the terminal client, through stdin and stdout', () => {
  it('two clients talk; when one is frozen the other sees it time out with the reason', async () => {
    const { server, port } = await startServer();
    const alice = run('alice', 'client-main', ['--port', port, '--user', 'alice']);
    const bob = run('bob', 'client-main', ['--port', port, '--user', 'bob', '--room', 'lobby']);
    await bob.waitForLine('* you are in #lobby: bob', 20_000);
    alice.send('/join lobby');
    await alice.waitForLine('* you are in #lobby: alice, bob', 20_000);
    alice.send('hi bob, are you there?');
    await bob.waitForLine('[#lobby] alice: hi bob, are you there?');
    bob.send('yes, for now');
    await alice.waitForLine('[#lobby] bob: yes, for now');

    alice.mark();
    bob.freeze();
    const line = await alice.waitForLine('* bob timed out in #lobby', 15_000);
    expect(line).toBe('* bob timed out in #lobby (heartbeat-timeout: nothing received for 1.5 s)');
    await server.waitForLine('bob timed out: nothing received for 1.5 s');

    bob.mark();
    bob.resume();
    await bob.waitForLine('* connection lost (timed out): heartbeat-timeout', 15_000);
    await bob.waitForLine('* back online as bob', 15_000);
    await bob.waitForLine('* rejoined #lobby', 15_000);
    await alice.waitForLine('* bob is back online in #lobby', 15_000);

    alice.send('/quit');
    expect((await alice.waitForExit()).code).toBe(0);
    await bob.waitForLine('* alice left #lobby (logged-out');
    bob.endInput();
    expect((await bob.waitForExit()).code).toBe(0);
    expect((await server.stop('SIGTERM')).code).toBe(0);
    expect(server.lines.at(-1)).toBe('stopped');
  }, 60_000);

  it('exits 1 when the login is refused and 64 on bad options, saying why', async () => {
    const { port } = await startServer('--password', 'sesame');
    const refused = run('mallory', 'client-main', [
      '--port',
      port,
      '--user',
      'mallory',
      '--password',
      'guess',
    ]);
    expect((await refused.waitForExit(20_000)).code).toBe(1);
    expect(refused.lines.join('\n')).toContain(
      `! cannot log in as mallory on tcp 127.0.0.1:${port}: wrong password`,
    );
    const bad = run('bad', 'client-main', ['--port', port]);
    expect((await bad.waitForExit(20_000)).code).toBe(64);
    expect(bad.lines[0]).toBe('--user <name> is required');
  }, 60_000);
});
