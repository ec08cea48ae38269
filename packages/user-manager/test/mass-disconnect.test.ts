// Exactly-once under load: 1,000 users on real TCP connections disconnect at the same time for mixed
// causes — remote reset, heartbeat timeout (a real HeartBeatChecker decides), kick, push-out by a
// new login, and a shutdown that starts while all of those are still in flight. Every bound
// connection must be reported exactly once, with a reason its cause allows, and nothing may be left.

import { HeartBeatChecker } from '@heartwire/heartbeat';
import type { CloseInfo, DisconnectReason } from '@heartwire/protocol';
import { afterEach, expect, it } from 'vitest';
import { UserManager } from '../src/index.js';
import { disconnectsPerConnection, expectConsistent, recordEvents, waitFor } from './helpers.js';
import { type Link, type Net, tcpNet } from './nets.js';

const USERS = 1000;
const Cause = ['remote', 'timeout', 'kick', 'push', 'shutdown'] as const;
type Cause = (typeof Cause)[number];

/** What each cause may be reported as: a cause decided locally always wins; a remote one may lose to the shutdown. */
const allowed: Record<Cause, readonly DisconnectReason[]> = {
  remote: ['network-interrupted', 'server-shutdown'],
  timeout: ['heartbeat-timeout'],
  kick: ['kicked-out'],
  push: ['pushed-out'],
  shutdown: ['server-shutdown'],
};

let net: Net | undefined;
let um: UserManager | undefined;
let checker: HeartBeatChecker | undefined;

afterEach(async () => {
  checker?.close();
  await um?.shutdown();
  await net?.close();
});

async function connectMany(n: number): Promise<Link[]> {
  const links: Link[] = [];
  for (let i = 0; i < n; i += 100) {
    links.push(...(await Promise.all(Array.from({ length: Math.min(100, n - i) }, () => net!.connect()))));
  }
  return links;
}

it(`reports each of ${USERS} simultaneous mixed disconnects exactly once`, { timeout: 60_000 }, async () => {
  net = await tcpNet();
  um = new UserManager();
  const manager = um;
  const log = recordEvents(manager);
  const links = await connectMany(USERS);
  const causeOf = (i: number): Cause => Cause[i % Cause.length]!;
  const pushers = await connectMany(USERS / Cause.length);
  const clientSaw = new Map<string, CloseInfo>();
  for (const link of [...links, ...pushers]) {
    link.client.once('close', (info) => clientSaw.set(link.server.id, info));
  }
  await Promise.all(links.map((l, i) => manager.bind(l.server, { userId: `u${i}` })));
  expect(manager.count).toBe(USERS);

  let timedOut = 0;
  manager.on('userTimedOut', async (_user, c) => {
    // handlers of different lengths keep the timeouts' closes overlapping everything else
    await new Promise((resolve) => setTimeout(resolve, Number(c.userId.slice(1)) % 20));
  });
  checker = new HeartBeatChecker({ timeoutSpanInSecs: 0.5, tickMs: 50 });
  const pushResults: Promise<unknown>[] = [];
  let fired = false;
  const fireEverythingElse = (): void => {
    fired = true;
    let p = 0;
    links.forEach((link, i) => {
      const cause = causeOf(i);
      if (cause === 'remote') link.client.destroy();
      else if (cause === 'kick') void manager.kickOut(`u${i}`, 'mass kick');
      else if (cause === 'push') pushResults.push(manager.bind(pushers[p++]!.server, { userId: `u${i}` }));
    });
  };
  checker.on('timedOut', (connection) => {
    if (!fired) fireEverythingElse();
    timedOut++;
    void manager.timeOut(connection);
  });
  links.forEach((link, i) => {
    if (causeOf(i) === 'timeout') checker!.watch(link.server);
  });
  const timeoutCount = links.filter((_l, i) => causeOf(i) === 'timeout').length;
  await waitFor(() => timedOut === timeoutCount, 10_000, 'every watched connection timed out');
  // Everything above is still closing: the shutdown races all of it.
  const shutdownGroup = links.filter((_l, i) => causeOf(i) === 'shutdown').length;
  expect(manager.connectionCount, 'other disconnects still in flight').toBeGreaterThan(shutdownGroup);
  await manager.shutdown();
  const pushOutcomes = (await Promise.all(pushResults)) as Awaited<ReturnType<UserManager['bind']>>[];
  // a refused login is closed by the layer above, with the reason the manager gave
  await Promise.all(
    pushOutcomes.map((r, j) => (r.ok ? undefined : pushers[j]!.server.close(r.reason, r.message))),
  );

  // exactly once per bound connection, with an allowed reason
  const per = disconnectsPerConnection(log);
  const boundPushers = pushers.filter((_l, j) => pushOutcomes[j]!.ok);
  expect(per.size).toBe(USERS + boundPushers.length);
  links.forEach((link, i) => {
    const reasons = per.get(link.server.id);
    expect(reasons, `${link.server.id} (${causeOf(i)})`).toHaveLength(1);
    expect(allowed[causeOf(i)]).toContain(reasons![0]);
  });
  for (const pusher of boundPushers) expect(per.get(pusher.server.id)).toEqual(['server-shutdown']);

  // the other events, per connection
  const timedOutEvents = log.filter((e) => e.event === 'userTimedOut').map((e) => e.connectionId);
  expect(new Set(timedOutEvents).size).toBe(timedOutEvents.length);
  expect(timedOutEvents.sort()).toEqual(
    links
      .filter((_l, i) => causeOf(i) === 'timeout')
      .map((l) => l.server.id)
      .sort(),
  );
  const pushedOut = log.filter((e) => e.event === 'userPushedOut').map((e) => e.connectionId);
  expect(pushedOut.sort()).toEqual(
    links
      .filter((_l, i) => causeOf(i) === 'push')
      .map((l) => l.server.id)
      .sort(),
  );

  // nothing left, here or in the store
  expect(manager.count).toBe(0);
  expect(manager.connectionCount).toBe(0);
  expect(await manager.store.count()).toBe(0);
  await expectConsistent(manager);
  expect(log.filter((e) => e.event === 'userCountChanged').at(-1)).toEqual({
    event: 'userCountChanged',
    count: 0,
  });
  for (const link of [...links, ...pushers]) expect(link.server.state).toBe('closed');

  // the clients were told why (the remote ones reset their own sockets)
  await waitFor(() => clientSaw.size === links.length + pushers.length, 10_000, 'every client closed');
  links.forEach((link, i) => {
    const cause = causeOf(i);
    if (cause === 'remote') return;
    expect(clientSaw.get(link.server.id)?.reason, `${link.server.id} (${cause})`).toBe(allowed[cause][0]);
  });
});
