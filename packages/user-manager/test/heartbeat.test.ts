// The timeout path end to end over TCP with a real HeartBeatChecker deciding: a silent client is
// timed out in the order DESIGN.md §5 fixes while a client kept alive by a HeartBeater stays online,
// and a peer that resets at the verdict is still reported once.

import { HeartBeatChecker, HeartBeater } from '@heartwire/heartbeat';
import type { Connection } from '@heartwire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserManager } from '../src/index.js';
import { closed, disconnectsPerConnection, expectConsistent, recordEvents, waitFor } from './helpers.js';
import { type Net, tcpNet } from './nets.js';

describe('UserManager with a real HeartBeatChecker over TCP', () => {
  let net: Net;
  let um: UserManager;
  let checker: HeartBeatChecker;
  const beaters: HeartBeater[] = [];

  beforeEach(async () => {
    net = await tcpNet();
    um = new UserManager();
    checker = new HeartBeatChecker({ timeoutSpanInSecs: 0.6, tickMs: 50 });
  });

  afterEach(async () => {
    for (const b of beaters.splice(0)) b.stop();
    checker.close();
    await um.shutdown();
    await net.close();
  });

  async function login(userId: string): Promise<{ client: Connection; server: Connection }> {
    const link = await net.connect();
    expect((await um.bind(link.server, { userId })).ok).toBe(true);
    checker.watch(link.server);
    return link;
  }

  it('times out a silent client in order, and keeps a heartbeating one online', async () => {
    const log = recordEvents(um);
    const order: string[] = [];
    checker.on('timedOut', (connection) => {
      order.push('checker: timedOut');
      void um.timeOut(connection);
    });
    um.on('userTimedOut', async (user) => {
      order.push(`userTimedOut ${user.userId}`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push('handler done');
    });
    um.on('userDisconnected', (user, reason) => order.push(`userDisconnected ${user.userId} ${reason}`));
    um.on('userCountChanged', (count) => order.push(`userCountChanged ${count}`));

    const alive = await login('alive');
    beaters.push(new HeartBeater(alive.client, { heartBeatSpanInSecs: 0.1 }));
    const silent = await login('silent');
    silent.server.on('close', (info) => order.push(`socket closed ${info.reason}`));
    const clientSaw = closed(silent.client, 10_000);

    await waitFor(() => !um.isOnline('silent'), 10_000, 'silent user timed out');
    expect(order.slice(0, 2)).toEqual(['userCountChanged 1', 'userCountChanged 2']); // the two logins
    expect(order.slice(2)).toEqual([
      'checker: timedOut',
      'userTimedOut silent',
      'handler done',
      'socket closed heartbeat-timeout',
      'userDisconnected silent heartbeat-timeout',
      'userCountChanged 1',
    ]);
    expect(await clientSaw).toMatchObject({ reason: 'heartbeat-timeout', initiator: 'remote' });
    expect(um.isOnline('alive')).toBe(true);
    expect(alive.server.state).toBe('open');
    expect(disconnectsPerConnection(log).get(silent.server.id)).toEqual(['heartbeat-timeout']);
    await expectConsistent(um);
  });

  it('a peer that resets at the verdict is reported once', async () => {
    const log = recordEvents(um);
    const link = await login('ada');
    checker.on('timedOut', (connection) => {
      link.client.destroy();
      void um.timeOut(connection);
    });
    await waitFor(() => !um.isOnline('ada'), 10_000, 'ada offline');
    await new Promise((resolve) => setImmediate(resolve));
    expect([...disconnectsPerConnection(log)]).toEqual([[link.server.id, ['heartbeat-timeout']]]);
    expect(log.filter((e) => e.event === 'userTimedOut')).toHaveLength(1);
    await expectConsistent(um);
  });
});
