// `pnpm demo`: the whole chat story on loopback, each program in its own process — a server and
// three terminal clients driven through their stdin — printed as a timeline. Every step is checked
// (bounded waits on what the programs print); the first step that does not happen ends the demo
// with a message and exit code 1. Every child process is killed on exit, whatever happens.
//
//   node dist/demo.js [--udp]      (from source: node -C @heartwire/source --import tsx src/demo.ts)

import { ChatProcess, killAllChatProcesses } from './chat-process.js';
import { Timeline } from './timeline.js';

const N = 1;
const M = 3;
const USERS = ['alice', 'bob', 'carol'] as const;
type User = (typeof USERS)[number];
const transport = process.argv.includes('--udp') ? 'udp' : 'tcp';
const udpFlag = transport === 'udp' ? ['--udp'] : [];
/** Bound of every wait. Generous: a loaded machine is slow, and a wait that succeeds returns at once. */
const WAIT_MS = 15_000;
/** Bound of the whole demo: it never hangs, whatever happens. */
const DEMO_LIMIT_MS = 120_000;

const timeline = new Timeline({ names: ['server', ...USERS] });

process.on('exit', killAllChatProcesses);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    timeline.fail(`interrupted (${signal}); stopping every process`);
    process.exit(130);
  });
}
const watchdog = setTimeout(() => {
  timeline.fail(`the demo did not finish within ${DEMO_LIMIT_MS / 1000} s`);
  process.exit(1);
}, DEMO_LIMIT_MS);
watchdog.unref();

let server: ChatProcess;
let port = 0;
const clients = {} as Record<User, ChatProcess>;
const everyone = (): ChatProcess[] => [server, ...Object.values(clients)].filter((p) => p !== undefined);

function startServer(): ChatProcess {
  const args = ['--port', String(port), '--heartbeat', String(N), '--timeout', String(M), '--admin', 'alice'];
  return new ChatProcess('server', 'server-main', [...args, ...udpFlag], {
    ipc: true,
    onLine: (line) => timeline.output('server', line),
  });
}

function startClient(user: User): ChatProcess {
  timeline.input(
    user,
    `node client-main.js --port ${port} --user ${user}${transport === 'udp' ? ' --udp' : ''}`,
  );
  return new ChatProcess(user, 'client-main', ['--port', String(port), '--user', user, ...udpFlag], {
    onLine: (line) => timeline.output(user, line),
  });
}

function type(user: User, line: string): void {
  timeline.input(user, line);
  clients[user].send(line);
}

async function allSee(users: readonly User[], text: string): Promise<void> {
  await Promise.all(users.map((u) => clients[u].waitForLine(text, WAIT_MS)));
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

const steps: { title: string; run: () => Promise<void> }[] = [
  {
    title: `The chat server starts (${transport.toUpperCase()}, heartbeat N = ${N} s, timeout M = ${M} s)`,
    async run() {
      server = startServer();
      const line = await server.waitForLine(/listening on \w+ [\d.]+:\d+/, WAIT_MS * 2);
      port = Number(/:(\d+) /.exec(line)?.[1]);
      expect(port > 0, `cannot read the port from "${line}"`);
      timeline.ok(`the server listens on port ${port}`);
    },
  },
  {
    title: 'alice, bob and carol start their terminal clients and join #lobby',
    async run() {
      for (const user of USERS) clients[user] = startClient(user);
      await Promise.all(USERS.map((u) => clients[u].waitForLine(`* logged in as ${u}`, WAIT_MS * 2)));
      type('alice', '/join lobby');
      await clients.alice.waitForLine('* you are in #lobby', WAIT_MS);
      type('bob', '/join lobby');
      await clients.bob.waitForLine('* you are in #lobby', WAIT_MS);
      await clients.alice.waitForLine('* bob joined #lobby', WAIT_MS);
      type('carol', '/join lobby');
      await clients.carol.waitForLine('* you are in #lobby', WAIT_MS);
      await allSee(['alice', 'bob'], '* carol joined #lobby');
      timeline.ok('all three are logged in and in #lobby');
    },
  },
  {
    title: 'They chat in #lobby, and carol sends alice a private message',
    async run() {
      type('alice', 'Hi both! Shall we see what the heartbeat does?');
      await allSee(['bob', 'carol'], '[#lobby] alice: Hi both!');
      type('bob', 'Sure. Freeze me, I dare you.');
      await allSee(['alice', 'carol'], '[#lobby] bob: Sure.');
      type('carol', '/msg alice psst, this one is only for you');
      await clients.alice.waitForLine('[private] carol: psst', WAIT_MS);
      timeline.ok('room messages reached the room; the private one reached alice');
    },
  },
  {
    title: "bob's process is frozen (SIGSTOP): no FIN, no CLOSE, just silence",
    async run() {
      timeline.input('bob', `(kill -STOP ${clients.bob.pid}: the process is frozen)`);
      const frozenAt = Date.now();
      clients.bob.freeze();
      await allSee(['alice', 'carol'], '* bob timed out in #lobby (heartbeat-timeout');
      const after = (Date.now() - frozenAt) / 1000;
      // Bob's last heartbeat may predate the freeze by up to N: never sooner than M - N.
      expect(
        after >= M - N - 0.1,
        `bob was declared dead ${after.toFixed(1)} s after the freeze, before M - N`,
      );
      timeline.ok(`alice and carol saw bob time out ${after.toFixed(1)} s after the freeze (M = ${M} s)`);
      type('alice', 'bob? Are you still there?');
      await clients.carol.waitForLine('[#lobby] alice: bob? Are you still there?', WAIT_MS);
    },
  },
  {
    title: "bob's process resumes (SIGCONT): it learns why, reconnects, logs in and catches up",
    async run() {
      timeline.input('bob', `(kill -CONT ${clients.bob.pid})`);
      clients.bob.resume();
      await clients.bob.waitForLine('* connection lost (timed out): heartbeat-timeout', WAIT_MS);
      await clients.bob.waitForLine('* back online as bob', WAIT_MS);
      await clients.bob.waitForLine('  [#lobby] alice: bob? Are you still there?', WAIT_MS);
      await allSee(['alice', 'carol'], '* bob is back online in #lobby');
      timeline.ok('bob is back in #lobby and was shown the message he missed');
      type('bob', "I'm back, and I saw what I missed.");
      await allSee(['alice', 'carol'], "[#lobby] bob: I'm back");
    },
  },
  {
    title: 'The server restarts; every client reconnects and logs back in by itself',
    async run() {
      timeline.input('server', `(kill -TERM ${server.pid}: a graceful stop)`);
      const stopped = await server.stop('SIGTERM', WAIT_MS);
      expect(stopped.code === 0, `the server exited with ${stopped.code ?? stopped.signal}, not 0`);
      await allSee(USERS, '* connection lost (server shutting down): server-shutdown');
      const downAt = Date.now();
      server = startServer();
      await server.waitForLine(`listening on ${transport} 127.0.0.1:${port}`, WAIT_MS * 2);
      await allSee(USERS, '* rejoined #lobby');
      const after = (Date.now() - downAt) / 1000;
      timeline.ok(`all three are back online and in #lobby ${after.toFixed(1)} s after the restart began`);
      type('alice', 'Welcome back, everyone.');
      await allSee(['bob', 'carol'], '[#lobby] alice: Welcome back');
    },
  },
  {
    title: 'alice, an admin, kicks carol',
    async run() {
      type('alice', '/kick carol the demo needs a kick');
      await clients.carol.waitForLine(
        '* kicked out by the server: kicked by alice: the demo needs a kick',
        WAIT_MS,
      );
      const exit = await clients.carol.waitForExit(WAIT_MS);
      expect(exit.code === 2, `carol's client exited with ${exit.code ?? exit.signal}, not 2`);
      await clients.bob.waitForLine('* carol was kicked out of #lobby (kicked by alice', WAIT_MS);
      timeline.ok("carol's client ended (exit code 2) without reconnecting; bob saw why she left");
    },
  },
  {
    title: 'alice and bob quit; the server stops',
    async run() {
      type('alice', '/quit');
      const alice = await clients.alice.waitForExit(WAIT_MS);
      expect(alice.code === 0, `alice's client exited with ${alice.code ?? alice.signal}, not 0`);
      await clients.bob.waitForLine('* alice left #lobby (logged-out', WAIT_MS);
      type('bob', '/quit');
      const bob = await clients.bob.waitForExit(WAIT_MS);
      expect(bob.code === 0, `bob's client exited with ${bob.code ?? bob.signal}, not 0`);
      const stopped = await server.stop('SIGTERM', WAIT_MS);
      expect(stopped.code === 0, `the server exited with ${stopped.code ?? stopped.signal}, not 0`);
      expect(
        !clients.bob.lines.some((line) => line.includes('psst')),
        "bob was shown carol's private message to alice",
      );
      timeline.ok('everyone is gone; the private message was only ever shown to alice');
    },
  },
];

timeline.title('heartwire chat demo');
timeline.text(
  `A chat server and three terminal clients (alice, bob, carol), each its own process, on 127.0.0.1 over ${transport.toUpperCase()}.`,
);
timeline.text(
  `Heartbeat every N = ${N} s, timeout M = ${M} s. Each line: [time since start] process │ what it printed,`,
);
timeline.text('or process > what was typed into it (or done to it). ✓ marks a step the demo verified.');

let index = 0;
try {
  for (const step of steps) {
    index++;
    for (const p of everyone()) p.mark();
    timeline.step(index, steps.length, step.title);
    await step.run();
  }
} catch (error) {
  timeline.fail(`step ${index} (${steps[index - 1]?.title}) failed: ${(error as Error).message}`);
  for (const p of everyone()) {
    timeline.text(`  last lines of ${p.name}${p.running ? '' : ' (exited)'}:`);
    for (const line of p.lines.slice(-5)) timeline.text(`    ${line}`);
  }
  process.exit(1);
}
timeline.text('');
timeline.text(`✔ Every step happened as expected, in ${timeline.seconds.toFixed(1)} s.`);
timeline.text(
  '  Chat yourself, from two terminals:  pnpm chat:server   and   pnpm chat:client --user <name>',
);
process.exit(0);
