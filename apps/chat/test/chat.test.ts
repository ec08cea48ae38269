// The chat server and client in one process over real sockets (TCP and UDP): logins, rooms,
// history, private messages, presence with reasons, kick, and rooms joined again after a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { ChatServer } from '../src/chat-server.js';
import { Harness, portIsFree, waitFor } from './helpers.js';

const harness = new Harness();
afterEach(() => harness.close());

describe.each(['tcp', 'udp'] as const)('chat over %s', (transport) => {
  it('rooms: join, talk, who, rooms, leave — and the port is free after stop', async () => {
    const server = await harness.server({ transport });
    const alice = await harness.client(server, 'alice');
    const bob = await harness.client(server, 'bob');
    await alice.client.handle('/join #Lobby');
    expect(alice.lines).toContain('* you are in #lobby: alice');
    expect(alice.client.currentRoom).toBe('lobby');
    await bob.client.handle('/join lobby');
    await alice.line('* bob joined #lobby');
    await alice.client.handle('hello bob');
    await bob.line('[#lobby] alice: hello bob');
    await bob.client.handle('/who');
    expect(bob.lines).toContain('* in #lobby: alice, bob');
    await bob.client.handle('/join games');
    await bob.client.handle('/rooms');
    expect(bob.lines).toContain('* rooms: #games (1 member, 1 online), #lobby (2 members, 2 online)');
    await bob.client.handle('/leave');
    expect(bob.lines).toContain('* you left #games; now in #lobby');
    await bob.client.handle('/leave lobby');
    await alice.line('* bob left #lobby');
    await bob.client.handle('still here?');
    expect(bob.lines.at(-1)).toBe('! you are in no room: /join <room> first');
    await bob.client.handle('/who *');
    expect(bob.lines.at(-1)).toBe('* online: alice, bob');
    // Alice never saw her own message come back, nor anything from #games.
    expect(alice.lines.filter((l) => l.startsWith('[#'))).toEqual([]);

    const { port } = server;
    await harness.close();
    await portIsFree(transport, port);
  });

  it('sends the last 100 messages of a room on join, and only the missed ones after a reconnection', async () => {
    const server = await harness.server({ transport });
    const alice = await harness.client(server, 'alice');
    await alice.client.handle('/join lobby');
    for (let i = 1; i <= 105; i++) await alice.client.handle(`message ${i}`);
    const bob = await harness.client(server, 'bob');
    await bob.client.handle('/join lobby');
    expect(bob.lines).toContain('* recent in #lobby: 100 messages');
    const history = bob.lines.filter((l) => l.startsWith('  [#lobby]'));
    expect(history).toHaveLength(100);
    expect(history[0]).toBe('  [#lobby] alice: message 6');
    expect(history.at(-1)).toBe('  [#lobby] alice: message 105');

    // Bob's logins wait at a gate, so alice speaks while he is certainly away.
    const verify = server.engine.verifyLogin;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    server.engine.verifyLogin = async (attempt) => {
      if (attempt.userId === 'bob') await gate;
      return verify(attempt);
    };
    // Bob's connection drops (not a logout): he stays in #lobby. Over TCP the server sees the drop
    // and alice is told why; over UDP nothing tells the server until bob's new login replaces it.
    const shown = bob.lines.length;
    bob.client.engine.connection!.destroy('network-interrupted', 'cable pulled');
    if (transport === 'tcp') await alice.line('* bob went offline in #lobby (network-interrupted');
    await bob.line('* reconnecting: attempt 1', 10_000, shown);
    await alice.client.handle('you missed this');
    open();
    await bob.line('* back online as bob', 10_000, shown);
    await bob.line('* missed in #lobby: 1 message', 10_000, shown);
    await bob.line('  [#lobby] alice: you missed this', 10_000, shown);
    if (transport === 'tcp') await alice.line('* bob is back online in #lobby');
    expect(bob.lines.slice(shown).filter((l) => l.includes('message 105'))).toEqual([]);
  });

  it('relays private messages through the server, to the one user only', async () => {
    const server = await harness.server({ transport });
    const alice = await harness.client(server, 'alice');
    const bob = await harness.client(server, 'bob');
    const carol = await harness.client(server, 'carol');
    await carol.client.handle('/msg alice  just   for you');
    await alice.line('[private] carol: just   for you');
    await carol.client.handle('/msg nobody hello?');
    expect(carol.lines.at(-1)).toBe("! user 'nobody' is not online");
    await bob.client.handle('/who *');
    expect(bob.lines.some((l) => l.includes('just'))).toBe(false);
  });
});

describe('logins and admins', () => {
  it('refuses a wrong password and a bad user name', async () => {
    const server = await harness.server({ password: 'sesame' });
    await expect(harness.client(server, 'alice', 'wrong')).rejects.toThrow('wrong password');
    await expect(harness.client(server, 'bad name', 'sesame')).rejects.toThrow('invalid user name');
    const alice = await harness.client(server, 'alice', 'sesame');
    expect(alice.lines[0]).toMatch(/^\* logged in as alice on tcp 127\.0\.0\.1:\d+ \(heartbeat every 0\.5 s/);
  });

  it('lets an admin kick a user, who is told why and does not come back; others may not kick', async () => {
    const server = await harness.server({ admins: ['alice'] });
    const alice = await harness.client(server, 'alice');
    const bob = await harness.client(server, 'bob');
    const carol = await harness.client(server, 'carol');
    for (const c of [alice, bob, carol]) await c.client.handle('/join lobby');
    await bob.client.handle('/kick carol');
    expect(bob.lines.at(-1)).toBe('! only admins may kick');
    await alice.client.handle('/kick carol off topic');
    expect(alice.lines.at(-1)).toBe('* you kicked carol out');
    await carol.line('* kicked out by the server: kicked by alice: off topic');
    await waitFor(() => carol.exits.length === 1, 5000, 'carol exits');
    expect(carol.exits).toEqual([2]);
    await bob.line('* carol was kicked out of #lobby (kicked by alice: off topic)');
    expect(server.engine.groups.members('lobby').sort()).toEqual(['alice', 'bob']);
    expect(carol.client.engine.state).toBe('closed');
    await alice.client.handle('/kick carol');
    expect(alice.lines.at(-1)).toBe('! carol is not online');
  });

  it('rejoins every room by itself when the server restarts', async () => {
    let server = await harness.server();
    const { port } = server;
    const alice = await harness.client(server, 'alice');
    const bob = await harness.client(server, 'bob');
    await alice.client.handle('/join lobby');
    await alice.client.handle('/join games');
    await bob.client.handle('/join lobby');
    await server.stop();
    await alice.line('* connection lost (server shutting down): server-shutdown');
    server = new ChatServer({ port, heartBeatSpanInSecs: 0.5, timeoutSpanInSecs: 1.5 });
    harness.servers.push(server);
    await server.start();
    await alice.line('* rejoined #lobby');
    await alice.line('* rejoined #games');
    await bob.line('* rejoined #lobby');
    await waitFor(() => server.engine.groups.members('lobby').length === 2, 5000, 'both back in #lobby');
    expect(alice.client.currentRoom).toBe('games');
    await alice.client.handle('/join lobby');
    await alice.client.handle('after the restart');
    await bob.line('[#lobby] alice: after the restart');
  });

  it('logs out on /quit: the others see the user leave, and the client exits with 0', async () => {
    const server = await harness.server();
    const alice = await harness.client(server, 'alice');
    const bob = await harness.client(server, 'bob');
    await alice.client.handle('/join lobby');
    await bob.client.handle('/join lobby');
    await bob.client.handle('/quit');
    expect(bob.exits).toEqual([0]);
    await alice.line('* bob left #lobby (logged-out');
    await waitFor(() => !server.engine.userManager.isOnline('bob'), 5000, 'bob offline');
    expect(server.engine.groups.members('lobby')).toEqual(['alice']);
    await bob.client.handle('/who');
    expect(bob.lines.at(-1)).toBe('* logging out');
  });
});
