// The UserManager's behaviour and event order, over the in-memory pair and over real TCP sockets:
// binding and queries, remote close, heartbeat timeout (handlers awaited, bounded), kick, logout,
// the three relogon policies, shutdown, and listeners that throw.

import type { Connection } from '@heartwire/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserManager, type UserManagerOptions } from '../src/index.js';
import { closed, disconnectsPerConnection, type LogEntry, recordEvents, waitFor } from './helpers.js';
import { createNet, type Link, type Net, type NetName } from './nets.js';

describe.each<NetName>(['memory', 'tcp'])('UserManager over %s', (netName) => {
  let net: Net;
  let managers: UserManager[] = [];

  beforeEach(async () => {
    net = await createNet(netName);
  });

  afterEach(async () => {
    await Promise.all(managers.map((m) => m.shutdown()));
    managers = [];
    await net.close();
  });

  function manager(options: UserManagerOptions = {}): { um: UserManager; log: LogEntry[] } {
    const um = new UserManager(options);
    managers.push(um);
    return { um, log: recordEvents(um) };
  }

  async function login(um: UserManager, userId: string, deviceType?: string): Promise<Link> {
    const link = await net.connect();
    const result = await um.bind(link.server, deviceType ? { userId, deviceType } : { userId });
    expect(result.ok).toBe(true);
    return link;
  }

  it('binds a user: userConnected, userCountChanged, queries and the store agree', async () => {
    const { um, log } = manager();
    const link = await net.connect();
    const result = await um.bind(link.server, { userId: 'ada', deviceType: 'desktop', tag: { room: 1 } });
    expect(result.ok).toBe(true);
    expect(log).toEqual([
      { event: 'userConnected', userId: 'ada', connectionId: link.server.id },
      { event: 'userCountChanged', count: 1 },
    ]);
    expect(um.count).toBe(1);
    expect(um.connectionCount).toBe(1);
    expect(um.isOnline('ada')).toBe(true);
    expect(um.isOnline('bob')).toBe(false);
    const user = um.getUser('ada')!;
    expect(user.tag).toEqual({ room: 1 });
    expect(user.connections).toHaveLength(1);
    const [c] = user.connections;
    expect(c!.connection).toBe(link.server);
    expect(c!.deviceType).toBe('desktop');
    expect(c!.remoteAddress).toBe(link.server.remoteAddress);
    expect(c!.loginTime).toBeLessThanOrEqual(Date.now());
    expect(um.getOnlineUsers().map((u) => u.userId)).toEqual(['ada']);
    expect(um.getConnection(link.server)).toBe(c);
    const record = await um.store.get('ada');
    expect(record?.tag).toEqual({ room: 1 });
    expect(record?.connections).toEqual([
      expect.objectContaining({ connectionId: link.server.id, serverId: um.serverId, deviceType: 'desktop' }),
    ]);
    expect(await um.setTag('ada', { room: 2 })).toBe(true);
    expect(um.getUser('ada')?.tag).toEqual({ room: 2 });
    expect((await um.store.get('ada'))?.tag).toEqual({ room: 2 });
    expect(await um.setTag('nobody', 1)).toBe(false);
  });

  it('reports a remote close once, with the remote reason, and forgets the user', async () => {
    const { um, log } = manager();
    const link = await login(um, 'ada');
    link.client.destroy();
    await waitFor(() => um.count === 0, 5000, 'user offline');
    expect(log.slice(2)).toEqual([
      {
        event: 'userDisconnected',
        userId: 'ada',
        connectionId: link.server.id,
        reason: 'network-interrupted',
        online: false,
      },
      { event: 'userCountChanged', count: 0 },
    ]);
    expect(await um.store.get('ada')).toBeUndefined();
    expect(await um.store.count()).toBe(0);
    expect(um.getConnection(link.server)).toBeUndefined();
  });

  it('reports the CLOSE reason a peer sent', async () => {
    const { um, log } = manager();
    const link = await login(um, 'ada');
    await link.client.close('logged-out', 'bye');
    await waitFor(() => um.count === 0, 5000, 'user offline');
    const disconnect = log.find((e) => e.event === 'userDisconnected');
    expect(disconnect?.reason).toBe('logged-out');
  });

  it('times out in order: userTimedOut (awaited) → CLOSE heartbeat-timeout → closed → userDisconnected → userCountChanged', async () => {
    const { um, log } = manager();
    const link = await login(um, 'ada');
    const order: string[] = [];
    link.server.on('close', (info) => order.push(`server closed: ${info.reason}`));
    const clientClosed = closed(link.client).then((info) => {
      order.push(`client got: ${info.reason}`);
      return info;
    });
    um.on('userTimedOut', async (user) => {
      order.push(`userTimedOut ${user.userId}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(link.server.state).toBe('open');
      order.push('handler done');
    });
    um.on('userDisconnected', (_user, reason) => order.push(`userDisconnected: ${reason}`));
    um.on('userCountChanged', (count) => order.push(`userCountChanged: ${count}`));
    await um.timeOut(link.server);
    // timeOut resolves after the disconnect was reported
    expect(order.filter((o) => !o.startsWith('client')).slice(0, 5)).toEqual([
      'userTimedOut ada',
      'handler done',
      'server closed: heartbeat-timeout',
      'userDisconnected: heartbeat-timeout',
      'userCountChanged: 0',
    ]);
    const info = await clientClosed;
    expect(info).toMatchObject({ reason: 'heartbeat-timeout', initiator: 'remote' });
    expect(order.indexOf('client got: heartbeat-timeout')).toBeGreaterThan(order.indexOf('handler done'));
    expect(log.filter((e) => e.event === 'userDisconnected')).toHaveLength(1);
    expect(um.count).toBe(0);
  });

  it('closes after timedOutHandlerTimeoutMs when a userTimedOut handler never settles', async () => {
    const { um } = manager({ timedOutHandlerTimeoutMs: 150 });
    const link = await login(um, 'ada');
    let handlerAt = 0;
    um.on('userTimedOut', () => {
      handlerAt = Date.now();
      return new Promise<void>(() => {});
    });
    const clientClosed = closed(link.client);
    await um.timeOut(link.server);
    const closedAt = Date.now();
    expect((await clientClosed).reason).toBe('heartbeat-timeout');
    expect(handlerAt).toBeGreaterThan(0);
    expect(closedAt - handlerAt).toBeGreaterThanOrEqual(140);
    expect(um.isOnline('ada')).toBe(false);
  });

  it('closes an unbound connection that timed out, without events', async () => {
    const { um, log } = manager();
    const link = await net.connect();
    const clientClosed = closed(link.client);
    await um.timeOut(link.server);
    expect((await clientClosed).reason).toBe('heartbeat-timeout');
    expect(link.server.state).toBe('closed');
    expect(log).toEqual([]);
  });

  it('kicks a user out: CLOSE kicked-out with the text, then userDisconnected', async () => {
    const { um, log } = manager();
    const link = await login(um, 'ada');
    const clientClosed = closed(link.client);
    expect(await um.kickOut('ada', 'spamming')).toBe(true);
    expect(log.slice(2)).toEqual([
      {
        event: 'userDisconnected',
        userId: 'ada',
        connectionId: link.server.id,
        reason: 'kicked-out',
        online: false,
      },
      { event: 'userCountChanged', count: 0 },
    ]);
    expect(await clientClosed).toMatchObject({ reason: 'kicked-out', message: 'spamming' });
    expect(await um.kickOut('ada')).toBe(false);
  });

  it('logs a connection out with CLOSE logged-out', async () => {
    const { um, log } = manager();
    const link = await login(um, 'ada');
    const clientClosed = closed(link.client);
    expect(await um.logout(link.server)).toBe(true);
    expect((await clientClosed).reason).toBe('logged-out');
    expect(log.find((e) => e.event === 'userDisconnected')?.reason).toBe('logged-out');
    expect(await um.logout(link.server)).toBe(false);
  });

  it('replace-old: the old connection gets CLOSE pushed-out, then userPushedOut; presence never flickers', async () => {
    const { um, log } = manager();
    const old = await login(um, 'ada');
    const oldClosed = closed(old.client);
    const fresh = await net.connect();
    let onlineDuringDisconnect: boolean | undefined;
    um.on('userDisconnected', () => {
      onlineDuringDisconnect = um.isOnline('ada');
    });
    const result = await um.bind(fresh.server, { userId: 'ada' });
    expect(result.ok).toBe(true);
    expect(await oldClosed).toMatchObject({ reason: 'pushed-out', initiator: 'remote' });
    expect((await oldClosed).message).toMatch(/logged in again/);
    expect(old.server.state).toBe('closed');
    expect(log.slice(2)).toEqual([
      {
        event: 'userDisconnected',
        userId: 'ada',
        connectionId: old.server.id,
        reason: 'pushed-out',
        online: true,
      },
      { event: 'userPushedOut', userId: 'ada', connectionId: old.server.id },
      { event: 'userConnected', userId: 'ada', connectionId: fresh.server.id },
    ]);
    expect(onlineDuringDisconnect).toBe(true);
    expect(um.count).toBe(1);
    expect(um.getConnections('ada').map((c) => c.connection)).toEqual([fresh.server]);
    expect((await um.store.get('ada'))?.connections.map((c) => c.connectionId)).toEqual([fresh.server.id]);
  });

  it('ignore-new: the new login is refused with a clear reason and newConnectionIgnored', async () => {
    const { um, log } = manager({ relogonPolicy: 'ignore-new' });
    const old = await login(um, 'ada');
    const fresh = await net.connect();
    const result = await um.bind(fresh.server, { userId: 'ada' });
    expect(result).toEqual({
      ok: false,
      reason: 'new-connection-ignored',
      message: 'user ada is already online',
    });
    expect(log.slice(2)).toEqual([
      { event: 'newConnectionIgnored', userId: 'ada', connectionId: fresh.server.id },
    ]);
    expect(old.server.state).toBe('open');
    expect(um.getConnections('ada').map((c) => c.connection)).toEqual([old.server]);
    expect((await um.store.get('ada'))?.connections).toHaveLength(1);
    const freshClosed = closed(fresh.client);
    if (!result.ok) await fresh.server.close(result.reason, result.message);
    expect(await freshClosed).toMatchObject({
      reason: 'new-connection-ignored',
      message: 'user ada is already online',
    });
    expect(um.isOnline('ada')).toBe(true);
    expect(old.server.state).toBe('open');
  });

  it('allow-multiple: one connection per device type; offline when the last goes', async () => {
    const { um, log } = manager({ relogonPolicy: 'allow-multiple' });
    const desktop = await login(um, 'ada', 'desktop');
    const mobile = await login(um, 'ada', 'mobile');
    expect(um.count).toBe(1);
    expect(um.getConnections('ada')).toHaveLength(2);
    expect(log.filter((e) => e.event === 'userCountChanged')).toEqual([
      { event: 'userCountChanged', count: 1 },
    ]);
    const desktopClosed = closed(desktop.client);
    const desktop2 = await login(um, 'ada', 'desktop');
    expect((await desktopClosed).reason).toBe('pushed-out');
    expect(mobile.server.state).toBe('open');
    expect(desktop.server.state).toBe('closed');
    expect(um.getConnections('ada').map((c) => c.connection)).toEqual([mobile.server, desktop2.server]);
    mobile.client.destroy();
    await waitFor(() => um.getConnections('ada').length === 1, 5000, 'mobile gone');
    expect(log.at(-1)).toMatchObject({
      event: 'userDisconnected',
      reason: 'network-interrupted',
      online: true,
    });
    expect(um.isOnline('ada')).toBe(true);
    desktop2.client.destroy();
    await waitFor(() => !um.isOnline('ada'), 5000, 'ada offline');
    expect(log.slice(-2)).toEqual([
      expect.objectContaining({ event: 'userDisconnected', online: false }),
      { event: 'userCountChanged', count: 0 },
    ]);
    const per = disconnectsPerConnection(log);
    expect([...per.values()].map((r) => r.length)).toEqual([1, 1, 1]);
    expect(per.get(desktop.server.id)).toEqual(['pushed-out']);
  });

  it('shutdown closes everyone with server-shutdown, is idempotent, and refuses later logins', async () => {
    const { um, log } = manager();
    const links = [await login(um, 'a'), await login(um, 'b'), await login(um, 'c')];
    const clientCloses = links.map((l) => closed(l.client));
    const first = um.shutdown();
    expect(um.shutdown()).toBe(first);
    expect(um.close()).toBe(first);
    await first;
    for (const info of await Promise.all(clientCloses)) expect(info.reason).toBe('server-shutdown');
    expect(um.count).toBe(0);
    expect(await um.store.count()).toBe(0);
    const per = disconnectsPerConnection(log);
    expect(per.size).toBe(3);
    for (const l of links) expect(per.get(l.server.id)).toEqual(['server-shutdown']);
    expect(log.at(-1)).toEqual({ event: 'userCountChanged', count: 0 });
    const late = await net.connect();
    expect(await um.bind(late.server, { userId: 'd' })).toMatchObject({
      ok: false,
      reason: 'server-shutdown',
    });
    expect(late.server.state).toBe('open');
  });

  it('keeps its state consistent when a listener throws', async () => {
    const { um, log } = manager();
    const warnings: Error[] = [];
    const onWarning = (w: Error): void => {
      if (w.name === 'HeartwireListenerError') warnings.push(w);
    };
    process.on('warning', onWarning);
    try {
      um.prependListener('userConnected', () => {
        throw new Error('boom');
      });
      um.prependListener('userDisconnected', async () => {
        throw new Error('async boom');
      });
      const link = await login(um, 'ada');
      expect(um.isOnline('ada')).toBe(true);
      link.client.destroy();
      await waitFor(() => um.count === 0, 5000, 'offline');
      expect(log.map((e) => e.event)).toEqual([
        'userConnected',
        'userCountChanged',
        'userDisconnected',
        'userCountChanged',
      ]);
      await waitFor(() => warnings.length === 2, 5000, 'two warnings');
      expect(warnings.map((w) => w.message).sort()).toEqual([
        'a userConnected listener failed: boom',
        'a userDisconnected listener failed: async boom',
      ]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('rejects a second bind of the same connection', async () => {
    const { um } = manager();
    const link = await net.connect();
    const first = um.bind(link.server, { userId: 'ada' });
    await expect(um.bind(link.server, { userId: 'bob' })).rejects.toMatchObject({
      code: 'ERR_INVALID_STATE',
    });
    expect((await first).ok).toBe(true);
    await expect(um.bind(link.server as Connection, { userId: 'ada' })).rejects.toMatchObject({
      code: 'ERR_INVALID_STATE',
    });
  });
});
