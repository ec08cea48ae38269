// The races of issue 5, over the in-memory pair and real TCP: timeout and remote close together,
// a kick during a timeout handler, a shutdown during a login, a relogon during a disconnect, and
// concurrent logins of one user. Each ends with exactly one userDisconnected per bound connection
// and a consistent state. A gated store holds the async steps open to force each interleaving.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RelogonPolicy, UserManager, type UserManagerOptions } from '../src/index.js';
import {
  closed,
  disconnectsPerConnection,
  expectConsistent,
  Gate,
  GatedStore,
  type LogEntry,
  recordEvents,
  waitFor,
} from './helpers.js';
import { createNet, type Link, type Net, type NetName } from './nets.js';

describe.each<NetName>(['memory', 'tcp'])('races over %s', (netName) => {
  let net: Net;
  let managers: UserManager[] = [];
  let gates: Gate[] = [];

  beforeEach(async () => {
    net = await createNet(netName);
  });

  afterEach(async () => {
    for (const g of gates) g.open();
    gates = [];
    await Promise.all(managers.map((m) => m.shutdown()));
    managers = [];
    await net.close();
  });

  function setup(options: UserManagerOptions = {}): { um: UserManager; log: LogEntry[]; store: GatedStore } {
    const store = new GatedStore();
    const um = new UserManager({ ...options, store });
    managers.push(um);
    return { um, log: recordEvents(um), store };
  }

  function gate(): Gate {
    const g = new Gate();
    gates.push(g);
    return g;
  }

  async function login(um: UserManager, userId: string): Promise<Link> {
    const link = await net.connect();
    expect((await um.bind(link.server, { userId })).ok).toBe(true);
    return link;
  }

  function events(log: LogEntry[], name: string): LogEntry[] {
    return log.filter((e) => e.event === name);
  }

  describe('timeout and remote close together', () => {
    it('timeOut and a peer reset in the same tick: one disconnect, heartbeat-timeout', async () => {
      const { um, log } = setup();
      const link = await login(um, 'ada');
      const timing = um.timeOut(link.server);
      link.client.destroy();
      await timing;
      expect(events(log, 'userTimedOut')).toHaveLength(1);
      expect([...disconnectsPerConnection(log)]).toEqual([[link.server.id, ['heartbeat-timeout']]]);
      expect(events(log, 'userCountChanged').at(-1)).toEqual({ event: 'userCountChanged', count: 0 });
      await expectConsistent(um);
    });

    it('the peer reset is processed first: no userTimedOut, one disconnect with the remote reason', async () => {
      const { um, log, store } = setup();
      const link = await login(um, 'ada');
      store.removeGate = gate();
      const removing = store.nextWait();
      link.client.destroy();
      await removing; // the close is being reported (its store write is held)
      const timing = um.timeOut(link.server);
      let timedOutResolved = false;
      void timing.then(() => {
        timedOutResolved = true;
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(timedOutResolved).toBe(false);
      store.removeGate.open();
      await timing;
      expect(events(log, 'userTimedOut')).toEqual([]);
      expect([...disconnectsPerConnection(log)]).toEqual([[link.server.id, ['network-interrupted']]]);
      await expectConsistent(um);
    });

    it('the peer resets during the userTimedOut handler: reported once, after the handler', async () => {
      const { um, log } = setup();
      const link = await login(um, 'ada');
      const order: string[] = [];
      um.on('userTimedOut', async () => {
        order.push('handler start');
        const serverClosed = closed(link.server);
        link.client.destroy();
        await serverClosed;
        order.push('handler end (socket already closed)');
      });
      um.on('userDisconnected', (_u, reason, info) =>
        order.push(`userDisconnected ${reason} ${info.initiator}`),
      );
      await um.timeOut(link.server);
      expect(order).toEqual([
        'handler start',
        'handler end (socket already closed)',
        'userDisconnected heartbeat-timeout local',
      ]);
      expect(disconnectsPerConnection(log).get(link.server.id)).toEqual(['heartbeat-timeout']);
      await expectConsistent(um);
    });
  });

  describe('kick and timeout together', () => {
    it('a kick during the timeout handler: the timeout stands, one disconnect, the kick resolves after it', async () => {
      const { um, log } = setup();
      const link = await login(um, 'ada');
      const clientClosed = closed(link.client);
      let kick: Promise<boolean> | undefined;
      let kickResolvedInHandler = false;
      um.on('userTimedOut', async () => {
        kick = um.kickOut('ada', 'kicked meanwhile');
        void kick.then(() => {
          kickResolvedInHandler = true;
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(kickResolvedInHandler).toBe(false);
        expect(link.server.state).toBe('open');
      });
      await um.timeOut(link.server);
      expect(await kick).toBe(true);
      expect(disconnectsPerConnection(log).get(link.server.id)).toEqual(['heartbeat-timeout']);
      expect((await clientClosed).reason).toBe('heartbeat-timeout');
      await expectConsistent(um);
    });

    it('a timeout during a kick: the kick stands and no userTimedOut fires', async () => {
      const { um, log } = setup();
      const link = await login(um, 'ada');
      const clientClosed = closed(link.client);
      const kick = um.kickOut('ada', 'bye');
      await um.timeOut(link.server);
      expect(await kick).toBe(true);
      expect(events(log, 'userTimedOut')).toEqual([]);
      expect(disconnectsPerConnection(log).get(link.server.id)).toEqual(['kicked-out']);
      expect(await clientClosed).toMatchObject({ reason: 'kicked-out', message: 'bye' });
    });
  });

  describe('shutdown during a login', () => {
    it('a first login still writing to the store is refused with server-shutdown; nothing is left online', async () => {
      const { um, log, store } = setup();
      const link = await net.connect();
      store.addGate = gate();
      const adding = store.nextWait();
      const binding = um.bind(link.server, { userId: 'ada' });
      await adding;
      const shutdown = um.shutdown();
      store.addGate.open();
      expect(await binding).toMatchObject({ ok: false, reason: 'server-shutdown' });
      await shutdown;
      expect(log).toEqual([]);
      expect(um.isOnline('ada')).toBe(false);
      expect(await store.get('ada')).toBeUndefined();
      await expectConsistent(um);
    });

    it('a relogon in progress: the old connection is reported once, the new login refused', async () => {
      const { um, log, store } = setup();
      const old = await login(um, 'ada');
      const fresh = await net.connect();
      const binding = um.bind(fresh.server, { userId: 'ada' });
      await waitFor(() => old.server.state !== 'open', 5000, 'push-out started');
      await um.shutdown();
      expect(await binding).toMatchObject({ ok: false, reason: 'server-shutdown' });
      expect([...disconnectsPerConnection(log)]).toEqual([[old.server.id, ['pushed-out']]]);
      expect(events(log, 'userConnected')).toHaveLength(1);
      expect(events(log, 'userCountChanged').at(-1)).toEqual({ event: 'userCountChanged', count: 0 });
      expect(await store.count()).toBe(0);
      await expectConsistent(um);
    });

    it.each([
      ['login first', 'pushed-out'],
      ['shutdown first', 'server-shutdown'],
    ] as const)(
      'shutdown and a relogon in the same tick (%s): the old connection reported once as %s',
      async (first, reason) => {
        const { um, log } = setup();
        const old = await login(um, 'ada');
        const fresh = await net.connect();
        let binding: ReturnType<UserManager['bind']>;
        let shutdown: Promise<void>;
        if (first === 'login first') {
          binding = um.bind(fresh.server, { userId: 'ada' });
          shutdown = um.shutdown();
        } else {
          shutdown = um.shutdown();
          binding = um.bind(fresh.server, { userId: 'ada' });
        }
        expect(await binding).toMatchObject({ ok: false, reason: 'server-shutdown' });
        await shutdown;
        expect([...disconnectsPerConnection(log)]).toEqual([[old.server.id, [reason]]]);
        expect(events(log, 'userConnected')).toHaveLength(1);
        await expectConsistent(um);
        expect(um.count).toBe(0);
      },
    );
  });

  describe.each<RelogonPolicy>(['replace-old', 'ignore-new'])(
    'relogon during a disconnect (%s)',
    (policy) => {
      it('the old connection closed while the new login waited: reported once with its own reason, no flicker', async () => {
        const { um, log, store } = setup({ relogonPolicy: policy });
        const old = await login(um, 'ada');
        store.tagGate = gate();
        const busy = store.nextWait();
        const tagging = um.setTag('ada', 'busy'); // holds ada's queue
        await busy;
        const fresh = await net.connect();
        const binding = um.bind(fresh.server, { userId: 'ada' });
        const oldClosed = closed(old.server);
        old.client.destroy();
        await oldClosed; // its report is queued behind the login
        store.tagGate.open();
        expect(await tagging).toBe(true);
        expect((await binding).ok).toBe(true);
        expect(log.slice(2)).toEqual([
          {
            event: 'userDisconnected',
            userId: 'ada',
            connectionId: old.server.id,
            reason: 'network-interrupted',
            online: true,
          },
          { event: 'userConnected', userId: 'ada', connectionId: fresh.server.id },
        ]);
        await new Promise((resolve) => setImmediate(resolve)); // the skipped close report has run
        expect(disconnectsPerConnection(log).get(old.server.id)).toHaveLength(1);
        await expectConsistent(um);
        expect(um.getConnections('ada').map((c) => c.connection)).toEqual([fresh.server]);
      });

      it('the old peer resets in the same tick as the new login: one report, the new login stands', async () => {
        const { um, log } = setup({ relogonPolicy: policy });
        const old = await login(um, 'ada');
        const fresh = await net.connect();
        old.client.destroy();
        const result = await um.bind(fresh.server, { userId: 'ada' });
        await waitFor(() => disconnectsPerConnection(log).has(old.server.id), 5000, 'old reported');
        const reasons = disconnectsPerConnection(log).get(old.server.id);
        expect(reasons).toHaveLength(1);
        if (result.ok) {
          expect(['network-interrupted', 'pushed-out']).toContain(reasons![0]);
          expect(um.getConnections('ada').map((c) => c.connection)).toEqual([fresh.server]);
        } else {
          // ignore-new may see the old connection still healthy before its reset arrives
          expect(policy).toBe('ignore-new');
          expect(result.reason).toBe('new-connection-ignored');
          expect(um.isOnline('ada')).toBe(false);
        }
        await expectConsistent(um);
      });
    },
  );

  it('three simultaneous logins of one user (replace-old): the last one stays, the others are pushed out once', async () => {
    const { um, log } = setup();
    const links = await Promise.all([net.connect(), net.connect(), net.connect()]);
    const results = await Promise.all(links.map((l) => um.bind(l.server, { userId: 'ada' })));
    expect(results.every((r) => r.ok)).toBe(true);
    const remaining = um.getConnections('ada');
    expect(remaining).toHaveLength(1);
    const per = disconnectsPerConnection(log);
    for (const l of links) {
      if (l.server === remaining[0]!.connection) expect(per.has(l.server.id)).toBe(false);
      else expect(per.get(l.server.id)).toEqual(['pushed-out']);
    }
    expect(events(log, 'userCountChanged')).toEqual([{ event: 'userCountChanged', count: 1 }]);
    await expectConsistent(um);
  });

  it('a connection that closes during its login is refused with its close reason', async () => {
    const { um, log, store } = setup();
    const link = await net.connect();
    store.addGate = gate();
    const adding = store.nextWait();
    const binding = um.bind(link.server, { userId: 'ada' });
    await adding;
    const serverClosed = closed(link.server);
    link.client.destroy();
    await serverClosed;
    store.addGate.open();
    expect(await binding).toMatchObject({ ok: false, reason: 'network-interrupted' });
    expect(log).toEqual([]);
    expect(await store.count()).toBe(0);
    await expectConsistent(um);
  });

  it('a timeout during a login: the connection is closed, the login refused, no events', async () => {
    const { um, log, store } = setup();
    const link = await net.connect();
    store.addGate = gate();
    const adding = store.nextWait();
    const binding = um.bind(link.server, { userId: 'ada' });
    await adding;
    await um.timeOut(link.server);
    store.addGate.open();
    expect(await binding).toMatchObject({ ok: false, reason: 'heartbeat-timeout' });
    expect(log).toEqual([]);
    await expectConsistent(um);
  });
});
