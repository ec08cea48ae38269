// Datagram semantics (connection.transport === 'udp') over the memory pair, with its dropFilter
// standing in for loss: retransmission, de-duplication, replay, and the one-datagram limit.
import { FrameKind } from '@heartwire/protocol';
import type protobuf from 'protobufjs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  decodeEnvelope,
  decodeEnvelopes,
  EnvelopeFeature,
  EnvelopeKind,
  encodeBatch,
  encodeEnvelope,
  MalformedEnvelope,
  type RpcError,
  type RpcPeer,
  type RpcPeerOptions,
  RpcStatus,
} from '../src/index.js';
import {
  activeTimers,
  type Cleanup,
  Greeter,
  HelloReply,
  HelloRequest,
  memoryPeers,
  peerFacingRaw,
  runCleanup,
  settle,
  waitFor,
} from './helpers.js';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

const fast = { retransmit: { initialMs: 20, maxMs: 100 } };

function kindOf(payload: Buffer): number {
  const envelope = decodeEnvelope(payload);
  return envelope instanceof MalformedEnvelope ? 0 : envelope.kind;
}

/** Drops the first `n` frames of an envelope kind. */
function dropFirst(kind: number, n: number) {
  let dropped = 0;
  return (frameKind: FrameKind, payload: Buffer) => {
    if (frameKind !== FrameKind.DATA || kindOf(payload) !== kind || dropped >= n) return false;
    dropped++;
    return true;
  };
}

type Named = protobuf.Message & { name: string; delayMs: number };

/**
 * A client and a counting server over a UDP memory pair, after one call: its answer tells the
 * client that the server reads batches (`features`), so the calls that follow are batched.
 */
async function batchingPeers(clientOptions: RpcPeerOptions = {}) {
  const peers = memoryPeers(cleanup, { transport: 'udp' }, clientOptions);
  const runs = countingServer(peers.server);
  const stub = peers.client.client(Greeter);
  await stub.sayHello!({ name: 'warm-up' });
  return { ...peers, runs, stub };
}

/** A UDP memory pair whose peers batch up to 600 bytes each way, with a counting server. */
function smallBatchPeers() {
  const peers = memoryPeers(
    cleanup,
    { transport: 'udp' },
    { datagramBatchBytes: 600 },
    { datagramBatchBytes: 600 },
  );
  countingServer(peers.server);
  return peers;
}

function countingServer(server: RpcPeer) {
  const runs = new Map<string, number>();
  server.implement(Greeter, {
    sayHello: async (request) => {
      const r = request as Named;
      runs.set(r.name, (runs.get(r.name) ?? 0) + 1);
      if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
      return { message: `hello ${r.name}` };
    },
  });
  return runs;
}

describe('RpcPeer on a datagram link', () => {
  it('retransmits a lost request until it is answered', async () => {
    const { a, client, server } = memoryPeers(cleanup, { transport: 'udp' }, fast);
    const runs = countingServer(server);
    a.dropFilter = dropFirst(EnvelopeKind.REQUEST, 2);
    const reply = (await client.client(Greeter).sayHello!({ name: 'x' })) as unknown as { message: string };
    expect(reply.message).toBe('hello x');
    expect(client.stats.retransmits).toBeGreaterThanOrEqual(2);
    expect(runs.get('x')).toBe(1);
  });

  it('replays the cached answer when the response was lost, without running the handler again', async () => {
    const { b, client, server } = memoryPeers(cleanup, { transport: 'udp' }, fast);
    const runs = countingServer(server);
    b.dropFilter = dropFirst(EnvelopeKind.RESPONSE, 2);
    await client.client(Greeter).sayHello!({ name: 'y' });
    expect(runs.get('y')).toBe(1);
    expect(server.stats.replays).toBeGreaterThanOrEqual(2);
  });

  it('ignores duplicates while the handler still runs', async () => {
    const { client, server } = memoryPeers(cleanup, { transport: 'udp' }, fast);
    const runs = countingServer(server);
    await client.client(Greeter).sayHello!({ name: 'slow', delayMs: 200 });
    expect(runs.get('slow')).toBe(1);
    expect(server.stats.duplicatesIgnored).toBeGreaterThanOrEqual(1);
  });

  it('forgets acknowledged answers (ack_below), so the replay cache stays small', async () => {
    const { client, server } = memoryPeers(cleanup, { transport: 'udp' }, fast);
    countingServer(server);
    const stub = client.client(Greeter);
    for (let i = 0; i < 50; i++) await stub.sayHello!({ name: `n${i}` });
    expect(server.stats.replayEntries).toBeLessThanOrEqual(1);
    expect(server.stats.replayEvictions).toBe(0);
  });

  it('stops retransmitting at the deadline and leaves no timer', async () => {
    const baseline = activeTimers();
    const { a, client, server } = memoryPeers(cleanup, { transport: 'udp' }, fast);
    countingServer(server);
    a.dropFilter = () => true;
    const error = (await client.client(Greeter).sayHello!({ name: 'lost' }, { timeoutMs: 300 }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(error.status).toBe(RpcStatus.DEADLINE_EXCEEDED);
    const sent = client.stats.retransmits;
    expect(sent).toBeGreaterThanOrEqual(2);
    expect(sent).toBeLessThanOrEqual(15);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(client.stats.retransmits).toBe(sent);
    // Timers of earlier tests may have ended meanwhile; none of this call's may remain.
    expect(activeTimers()).toBeLessThanOrEqual(baseline);
  });

  it('retransmits many unanswered calls on one timer, each on its own schedule', async () => {
    const baseline = activeTimers();
    // One envelope per datagram, so that the filter below can lose each request on its own.
    const { a, client, server } = memoryPeers(
      cleanup,
      { transport: 'udp' },
      { ...fast, datagramBatchBytes: 0 },
    );
    countingServer(server);
    const sent = new Map<number, number>();
    a.dropFilter = (kind, payload) => {
      if (kind !== FrameKind.DATA) return false;
      const envelope = decodeEnvelope(payload);
      if (envelope instanceof MalformedEnvelope || envelope.kind !== EnvelopeKind.REQUEST) return false;
      const times = (sent.get(envelope.id) ?? 0) + 1;
      sent.set(envelope.id, times);
      return times <= 2; // every request is lost twice, then gets through
    };
    const stub = client.client(Greeter);
    const calls = Array.from({ length: 100 }, (_, i) => stub.sayHello!({ name: `m${i}` }));
    // A timer per call would show here as 100 more: the deadlines and the retransmissions of
    // every call in flight are two queues, one timer each.
    expect(activeTimers() - baseline).toBeLessThanOrEqual(2);
    const replies = (await Promise.all(calls)) as unknown as { message: string }[];
    expect(replies.map((r) => r.message)).toEqual(Array.from({ length: 100 }, (_, i) => `hello m${i}`));
    expect(sent.size).toBe(100);
    expect([...sent.values()].every((times) => times === 3)).toBe(true);
    expect(client.stats.retransmits).toBe(200);
  });

  it("sends a call again retransmit.initialMs after its own send, not after an earlier call's", async () => {
    const initialMs = 60;
    // A second resend only after 6 s: a stalled machine cannot make one before the answer.
    const retransmit = { initialMs, maxMs: 60_000, factor: 100 };
    const { a, client, server } = memoryPeers(cleanup, { transport: 'udp' }, { retransmit });
    countingServer(server);
    const stub = client.client(Greeter);
    // Answered at once: the retransmission timer is armed for this call's due time, and stays so.
    await stub.sayHello!({ name: 'first' });
    await new Promise((resolve) => setTimeout(resolve, initialMs / 2));
    const sends: number[] = [];
    a.dropFilter = (kind, payload) => {
      if (kind !== FrameKind.DATA || kindOf(payload) !== EnvelopeKind.REQUEST) return false;
      sends.push(performance.now());
      return sends.length === 1; // the first send is lost
    };
    await stub.sayHello!({ name: 'second' }, { timeoutMs: 5_000 });
    expect(sends).toHaveLength(2);
    // Timers round to whole milliseconds; the queues allow 1 ms early.
    expect(sends[1]! - sends[0]!).toBeGreaterThanOrEqual(initialMs - 2);
    expect(client.stats.retransmits).toBe(1);
  });

  it('an answered call ahead of lost ones does not hold up their retransmission', async () => {
    // One envelope per datagram, so that the filter below can lose one request of the two. The
    // first resend after 200 ms, the next after 20 s: the answered call is answered long before
    // its own resend would be due, even on a stalled machine, and the lost one is sent once more.
    const { a, client, server } = memoryPeers(
      cleanup,
      { transport: 'udp' },
      { retransmit: { initialMs: 200, maxMs: 20_000, factor: 100 }, datagramBatchBytes: 0 },
    );
    const runs = countingServer(server);
    let lost = false;
    a.dropFilter = (kind, payload) => {
      if (kind !== FrameKind.DATA || lost) return false;
      const envelope = decodeEnvelope(payload);
      if (envelope instanceof MalformedEnvelope || envelope.kind !== EnvelopeKind.REQUEST) return false;
      lost = envelope.id === 2; // call ids count from 1: the second call's first send
      return lost;
    };
    const stub = client.client(Greeter);
    // The oldest pending call is answered first; the one behind it must still be sent again.
    const replies = (await Promise.all([
      stub.sayHello!({ name: 'answered' }, { timeoutMs: 5_000 }),
      stub.sayHello!({ name: 'lost once' }, { timeoutMs: 5_000 }),
    ])) as unknown as { message: string }[];
    expect(replies.map((r) => r.message)).toEqual(['hello answered', 'hello lost once']);
    expect(client.stats.retransmits).toBe(1);
    expect(runs.get('lost once')).toBe(1);
  });

  it('does not retransmit on stream links', async () => {
    const { a, client, server } = memoryPeers(cleanup, { transport: 'tcp' }, fast);
    countingServer(server);
    a.dropFilter = dropFirst(EnvelopeKind.REQUEST, 1);
    const error = (await client.client(Greeter).sayHello!({ name: 'x' }, { timeoutMs: 200 }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(error.status).toBe(RpcStatus.DEADLINE_EXCEEDED);
    expect(client.stats.retransmits).toBe(0);
  });

  it('refuses a request larger than one datagram with RESOURCE_EXHAUSTED, without sending it', async () => {
    const { client, server } = memoryPeers(cleanup, { transport: 'udp', maxPayloadBytes: 200 }, fast);
    countingServer(server);
    const error = (await client.client(Greeter).sayHello!({ name: 'x'.repeat(500) }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(error.status).toBe(RpcStatus.RESOURCE_EXHAUSTED);
    expect(error.message).toMatch(/exceeds .*200 bytes \(one datagram\)/);
    expect(client.stats.callsSent).toBe(0);
  });

  it('answers RESOURCE_EXHAUSTED when the response would not fit one datagram', async () => {
    const { client, server } = memoryPeers(cleanup, { transport: 'udp', maxPayloadBytes: 200 }, fast);
    server.implement(Greeter, { sayHello: () => ({ message: 'y'.repeat(500) }) });
    const error = (await client.client(Greeter).sayHello!({ name: 'x' }).catch(
      (e: unknown) => e,
    )) as RpcError;
    expect(error.status).toBe(RpcStatus.RESOURCE_EXHAUSTED);
    expect(error.message).toMatch(/response/);
  });

  it('completes 1,000 calls with 30 % loss both ways, each handler exactly once', async () => {
    const { a, b, client, server } = memoryPeers(
      cleanup,
      { transport: 'udp' },
      { retransmit: { initialMs: 10, maxMs: 80 } },
    );
    const runs = countingServer(server);
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    a.dropFilter = () => random() < 0.3;
    b.dropFilter = () => random() < 0.3;
    const stub = client.client(Greeter);
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => stub.sayHello!({ name: `c${i}` })),
    );
    expect(results).toHaveLength(1000);
    expect(runs.size).toBe(1000);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(client.stats.retransmits).toBeGreaterThan(0);
    expect(server.stats.replays).toBeGreaterThan(0);
    await settle();
  });
});

/** Every DATA frame `connection` receives, as it arrives. */
function framesInto(connection: {
  on(event: 'frame', listener: (kind: FrameKind, payload: Buffer) => void): unknown;
}) {
  const frames: Buffer[] = [];
  connection.on('frame', (kind, payload) => {
    if (kind === FrameKind.DATA) frames.push(payload);
  });
  return frames;
}

function idsOf(frames: readonly Buffer[], kind: number): number[] {
  return frames
    .flatMap((frame) => decodeEnvelopes(frame))
    .filter((e) => !(e instanceof MalformedEnvelope) && e.kind === kind)
    .map((e) => (e as Exclude<typeof e, MalformedEnvelope>).id);
}

/** A SayHello REQUEST envelope as a peer sends it, `name` `${prefix}${id}`, with `fields` added. */
function sayHelloRequest(
  id: number,
  prefix: string,
  fields: { ackBelow?: number; features?: number; timeoutMs?: number } = {},
) {
  return encodeEnvelope({
    kind: EnvelopeKind.REQUEST,
    id,
    method: 'demo.v1.Greeter/SayHello',
    payload: HelloRequest.encode({ name: `${prefix}${id}` }).finish(),
    ...fields,
  });
}

describe('batches on a datagram link', () => {
  it('sends the envelopes of one tick in shared datagrams of at most datagramBatchBytes, in order', async () => {
    const { a, b, client, server } = smallBatchPeers();
    const stub = client.client(Greeter);
    // The first answer tells the client that the server reads batches (its `features`).
    await stub.sayHello!({ name: 'warm-up' });
    const toServer = framesInto(b);
    const toClient = framesInto(a);
    const replies = (await Promise.all(
      Array.from({ length: 100 }, (_, i) => stub.sayHello!({ name: `b${i}` })),
    )) as unknown as { message: string }[];
    expect(replies.map((r) => r.message)).toEqual(Array.from({ length: 100 }, (_, i) => `hello b${i}`));
    expect(idsOf(toServer, EnvelopeKind.REQUEST)).toEqual(Array.from({ length: 100 }, (_, i) => i + 2));
    expect(idsOf(toClient, EnvelopeKind.RESPONSE).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 2),
    );
    // A request here is about 40 bytes: 13 or 14 to a batch of 600.
    expect(toServer.length).toBeLessThanOrEqual(10);
    expect(toClient.length).toBeLessThanOrEqual(10);
    for (const frame of [...toServer, ...toClient]) expect(frame.length).toBeLessThanOrEqual(600);
    expect(toServer.some((frame) => kindOf(frame) === EnvelopeKind.BATCH)).toBe(true);
  });

  it('stats count the datagrams each side sent and received, and the envelopes in them', async () => {
    const { a, b, client, server } = smallBatchPeers();
    // Every datagram from the start: the first ones go one by one, until each side has seen
    // that the other reads batches.
    const toServer = framesInto(b);
    const toClient = framesInto(a);
    const stub = client.client(Greeter);
    await stub.sayHello!({ name: 'warm-up' });
    for (let round = 0; round < 3; round++) {
      await Promise.all(Array.from({ length: 60 }, (_, i) => stub.sayHello!({ name: `s${round}.${i}` })));
    }
    await settle();
    const envelopes = (frames: readonly Buffer[]) =>
      frames.reduce((n, f) => n + decodeEnvelopes(f).length, 0);
    expect(envelopes(toServer)).toBe(181);
    // Batching happened: fewer datagrams than envelopes, both ways.
    expect(toServer.length).toBeLessThan(100);
    expect(toClient.length).toBeLessThan(100);
    expect(client.stats).toMatchObject({
      datagramsSent: toServer.length,
      datagramEnvelopesSent: envelopes(toServer),
      datagramsReceived: toClient.length,
      datagramEnvelopesReceived: envelopes(toClient),
    });
    expect(server.stats).toMatchObject({
      datagramsSent: toClient.length,
      datagramEnvelopesSent: envelopes(toClient),
      datagramsReceived: toServer.length,
      datagramEnvelopesReceived: envelopes(toServer),
    });
  });

  it('stats count no datagrams on a stream link', async () => {
    const { client, server } = memoryPeers(cleanup);
    countingServer(server);
    const stub = client.client(Greeter);
    await Promise.all(Array.from({ length: 20 }, (_, i) => stub.sayHello!({ name: `t${i}` })));
    for (const peer of [client, server]) {
      expect(peer.stats).toMatchObject({
        datagramsSent: 0,
        datagramEnvelopesSent: 0,
        datagramsReceived: 0,
        datagramEnvelopesReceived: 0,
      });
    }
  });

  it('with datagramBatchBytes 0, sends every envelope in its own datagram', async () => {
    const { b, client, server } = memoryPeers(cleanup, { transport: 'udp' }, { datagramBatchBytes: 0 });
    countingServer(server);
    const toServer = framesInto(b);
    const stub = client.client(Greeter);
    await Promise.all(Array.from({ length: 50 }, (_, i) => stub.sayHello!({ name: `s${i}` })));
    expect(toServer).toHaveLength(50);
    expect(toServer.every((frame) => kindOf(frame) === EnvelopeKind.REQUEST)).toBe(true);
  });

  it('a lost batch: its calls are sent again and each handler still runs once', async () => {
    const { a, b, client, server } = memoryPeers(cleanup, { transport: 'udp' }, fast);
    const runs = countingServer(server);
    await client.client(Greeter).sayHello!({ name: 'warm-up' });
    runs.clear();
    const lostToServer = dropFirst(EnvelopeKind.BATCH, 2);
    a.dropFilter = lostToServer;
    b.dropFilter = dropFirst(EnvelopeKind.BATCH, 1);
    const stub = client.client(Greeter);
    await Promise.all(Array.from({ length: 60 }, (_, i) => stub.sayHello!({ name: `l${i}` })));
    expect(runs.size).toBe(60);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(client.stats.retransmits).toBeGreaterThan(0);
  });

  it('a call made while no other is pending leaves at once; the calls made after it in the same run leave together when the run ends', async () => {
    const { a, b, stub } = await batchingPeers();
    const toServer = framesInto(b);
    let before = a.bytesSent;
    const first = stub.sayHello!({ name: 'first' });
    expect(a.bytesSent).toBeGreaterThan(before);
    before = a.bytesSent;
    const second = stub.sayHello!({ name: 'second' });
    const third = stub.sayHello!({ name: 'third' });
    expect(a.bytesSent).toBe(before);
    await Promise.resolve();
    expect(a.bytesSent).toBeGreaterThan(before);
    await Promise.all([first, second, third]);
    expect(toServer).toHaveLength(2);
    expect(idsOf(toServer, EnvelopeKind.REQUEST)).toEqual([2, 3, 4]);
  });

  it('after a burst, a lone call waits for the end of its run; once nothing joins it, lone calls leave at once again', async () => {
    const { a, stub } = await batchingPeers();
    await Promise.all([stub.sayHello!({ name: 'b1' }), stub.sayHello!({ name: 'b2' })]);
    let before = a.bytesSent;
    const held = stub.sayHello!({ name: 'held' });
    expect(a.bytesSent).toBe(before);
    await Promise.resolve();
    expect(a.bytesSent).toBeGreaterThan(before);
    await held;
    before = a.bytesSent;
    const atOnce = stub.sayHello!({ name: 'at once' });
    expect(a.bytesSent).toBeGreaterThan(before);
    await atOnce;
  });

  it('a caller in lockstep never waits for the end of the turn', async () => {
    const { stub } = await batchingPeers();
    let turnEnded = false;
    setImmediate(() => {
      turnEnded = true;
    });
    // The memory pair delivers in microtasks: the whole round trip fits in this turn unless one
    // side waits for its end.
    for (let i = 0; i < 3; i++) await stub.sayHello!({ name: `step ${i}` });
    expect(turnEnded).toBe(false);
  });

  it('calls re-issued together when nothing is pending share one datagram each way, round after round', async () => {
    const { a, b, stub } = await batchingPeers();
    const toServer = framesInto(b);
    const toClient = framesInto(a);
    // Each round re-issues its 20 calls (under 1,200 bytes together) when the last answer of the
    // round before arrived: the first of them finds nothing pending. Sent at once, with its answer
    // sent at once too, it split every round in two datagrams each way. The first rounds show
    // each side that its peer bursts.
    const round = (r: number) =>
      Promise.all(Array.from({ length: 20 }, (_, i) => stub.sayHello!({ name: `r${r}.${i}` })));
    for (let r = 0; r < 2; r++) await round(r);
    const [sent, received] = [toServer.length, toClient.length];
    for (let r = 2; r < 5; r++) await round(r);
    expect(toServer.length - sent).toBe(3);
    expect(toClient.length - received).toBe(3);
    for (const frame of toServer.slice(sent)) expect(kindOf(frame)).toBe(EnvelopeKind.BATCH);
  });

  it('answers a request whose caller has no other call pending (ack_below = its id) before the end of the turn, others at its end', async () => {
    const { a, server } = memoryPeers(cleanup, { transport: 'udp' });
    countingServer(server);
    const answer = (id: number, ackBelow: number) =>
      new Promise<string>((resolve) => {
        const onFrame = () => done('answered');
        const done = (how: string) => {
          a.off('frame', onFrame);
          resolve(how);
        };
        a.on('frame', onFrame);
        setImmediate(() => done('end of turn'));
        a.send(FrameKind.DATA, sayHelloRequest(id, 'r', { ackBelow, features: EnvelopeFeature.BATCH }));
      });
    expect(await answer(1, 1)).toBe('answered');
    expect(await answer(3, 2)).toBe('end of turn');
    await settle();
  });

  it('flush() sends what waits for the end of the turn at once', async () => {
    const { a, client, stub } = await batchingPeers();
    const first = stub.sayHello!({ name: 'first' });
    const before = a.bytesSent;
    const second = stub.sayHello!({ name: 'second' });
    expect(a.bytesSent).toBe(before);
    client.flush();
    expect(a.bytesSent).toBeGreaterThan(before);
    client.flush();
    await Promise.all([first, second]);
  });

  it('close() still sends what was queued', async () => {
    const { client, runs, stub } = await batchingPeers(fast);
    void stub.sayHello!({ name: 'pending' }).catch(() => {});
    const call = stub.sayHello!({ name: 'last words' }).catch((e: unknown) => e);
    await client.close();
    expect(((await call) as RpcError).status).toBe(RpcStatus.UNAVAILABLE);
    await waitFor(() => runs.get('last words') === 1, 5000, 'the queued request at the server');
  });

  it('handles each entry of a received batch on its own: bad entries are counted, good ones answered together', async () => {
    const { a, server } = memoryPeers(cleanup, { transport: 'udp' });
    countingServer(server);
    const toClient = framesInto(a);
    const request = (id: number) => sayHelloRequest(id, 'e');
    const nested = encodeBatch([request(3)]);
    a.send(FrameKind.DATA, encodeBatch([request(1), new Uint8Array([0xff]), nested, request(2)]));
    await waitFor(() => toClient.length > 0, 5000, 'the answers');
    await settle();
    expect(server.stats.callsReceived).toBe(2);
    expect(server.stats.malformedEnvelopes).toBe(2);
    expect(toClient).toHaveLength(1);
    expect(idsOf(toClient, EnvelopeKind.RESPONSE)).toEqual([1, 2]);
  });

  it("counts the deadlines of a batch's requests from the datagram's arrival, not from when each is handled", async () => {
    const { a, peer: server } = peerFacingRaw(cleanup, { transport: 'udp' });
    const deadlines: number[] = [];
    server.implement(Greeter, {
      sayHello: (_request, ctx) => {
        deadlines.push(ctx.deadline);
        // A slow synchronous handler: the next entry of the batch is handled 30 ms later.
        const until = Date.now() + 30;
        while (Date.now() < until);
        return { message: 'hi' };
      },
    });
    const answers = framesInto(a);
    const request = (id: number) => sayHelloRequest(id, 'd', { ackBelow: 1, timeoutMs: 10_000 });
    const before = Date.now();
    a.send(FrameKind.DATA, encodeBatch([request(1), request(2)]));
    await waitFor(() => answers.length > 0, 5000, 'the answers');
    expect(deadlines).toHaveLength(2);
    expect(deadlines[0]).toBeGreaterThanOrEqual(before + 10_000);
    expect(deadlines[1]).toBe(deadlines[0]);
  });

  it('never sends a batch to a caller that has not said it reads them (an earlier version)', async () => {
    const { a, peer: server } = peerFacingRaw(cleanup, { transport: 'udp' });
    countingServer(server);
    const answers = framesInto(a);
    // An earlier version's requests carry no `features`; 20 in one turn, ack_below not their own id.
    for (let id = 1; id <= 20; id++) a.send(FrameKind.DATA, sayHelloRequest(id, 'old', { ackBelow: 1 }));
    await waitFor(() => answers.length === 20, 5000, '20 answers');
    expect(answers.every((frame) => kindOf(frame) === EnvelopeKind.RESPONSE)).toBe(true);
  });

  it('batches calls only once the callee has said it reads batches', async () => {
    const { a, peer: client } = peerFacingRaw(cleanup, { transport: 'udp' });
    // A callee of an earlier version: it answers every request, and its answers carry no `features`.
    const requests = framesInto(a);
    a.on('frame', (_kind, payload) => {
      const request = decodeEnvelope(payload);
      if (request instanceof MalformedEnvelope || request.kind !== EnvelopeKind.REQUEST) return;
      const reply = HelloReply.encode({ message: 'from the past' }).finish();
      a.send(FrameKind.DATA, encodeEnvelope({ kind: EnvelopeKind.RESPONSE, id: request.id, payload: reply }));
    });
    const stub = client.client(Greeter);
    for (let round = 0; round < 2; round++) {
      await Promise.all(Array.from({ length: 30 }, (_, i) => stub.sayHello!({ name: `r${round}.${i}` })));
    }
    expect(requests).toHaveLength(60);
    expect(requests.every((frame) => kindOf(frame) === EnvelopeKind.REQUEST)).toBe(true);
    // Every request said that the caller reads batches.
    expect(
      requests.every(
        (frame) => (decodeEnvelope(frame) as { features: number }).features === EnvelopeFeature.BATCH,
      ),
    ).toBe(true);
  });
});
