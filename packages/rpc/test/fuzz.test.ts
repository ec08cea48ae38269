// Random bytes as envelopes and as payloads never crash a peer: each frame ends as an error answer
// or a counted drop (or, when it happens to be valid, is handled and counted as such).
import { FrameKind } from '@heartwire/protocol';
import { createMemoryConnectionPair } from '@heartwire/protocol/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  EnvelopeKind,
  encodeBatch,
  encodeEnvelope,
  methodOf,
  type RpcError,
  RpcPeer,
  type RpcStats,
  RpcStatus,
} from '../src/index.js';
import { ChatPush, type Cleanup, Greeter, peerFacingRaw, runCleanup, settle, waitFor } from './helpers.js';

const cleanup: Cleanup = [];
afterEach(() => runCleanup(cleanup));

/** Every outcome a DATA frame can have on the receiving peer. */
function outcomes(s: Readonly<RpcStats>): number {
  return (
    s.malformedEnvelopes +
    s.lateAnswers +
    s.unimplemented +
    s.invalidPayloads +
    s.callsReceived +
    s.cancelsReceived +
    s.unhandled +
    s.notificationsReceived +
    s.messagesReceived +
    s.inboundRejected +
    s.replays +
    s.duplicatesIgnored
  );
}

function setup(transport: 'tcp' | 'udp') {
  const { a, b, peer: server } = peerFacingRaw(cleanup, { transport }, { maxConsecutiveMalformed: 0 });
  server.implement(Greeter, { sayHello: () => ({ message: 'ok' }), echo: (r) => r });
  server.on(ChatPush, () => {});
  const answers: Buffer[] = [];
  a.on('frame', (_kind, payload) => answers.push(payload));
  return { a, b, server, answers };
}

describe('fuzzing', () => {
  for (const transport of ['tcp', 'udp'] as const) {
    it(`random bytes as envelopes (${transport}): no crash, every frame accounted for`, async () => {
      const { a, server } = setup(transport);
      let sent = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.uint8Array({ maxLength: 64 }), { minLength: 1, maxLength: 20 }),
          async (frames) => {
            for (const bytes of frames) a.send(FrameKind.DATA, bytes);
            sent += frames.length;
            await settle();
            const s = server.stats;
            expect(outcomes(s)).toBe(sent);
            expect(s.malformedAnswered + s.malformedDropped + s.malformedFailedCalls).toBe(
              s.malformedEnvelopes,
            );
            expect(s.internalErrors).toBe(0);
          },
        ),
        { numRuns: 150 },
      );
      expect(server.isClosed).toBe(false);
    });
  }

  it('random envelope-shaped frames with random fields: no crash, every frame accounted for', async () => {
    const { a, server } = setup('udp');
    const envelope = fc.record({
      kind: fc.integer({ min: 0, max: 8 }),
      id: fc.nat({ max: 0xffff_ffff }),
      method: fc.constantFrom(
        '',
        'demo.v1.Greeter/SayHello',
        'demo.v1.Greeter/Echo',
        'demo.v1.ChatPush',
        'x/y',
      ),
      payload: fc.uint8Array({ maxLength: 48 }),
      timeoutMs: fc.nat({ max: 100_000 }),
      ackBelow: fc.nat({ max: 0xffff_ffff }),
    });
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(envelope, { minLength: 1, maxLength: 10 }), async (list) => {
        for (const e of list)
          a.send(FrameKind.DATA, encodeEnvelope(e as Parameters<typeof encodeEnvelope>[0]));
        sent += list.length;
        await settle();
        expect(outcomes(server.stats)).toBe(sent);
        expect(server.stats.internalErrors).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('random batches of envelope-shaped entries and garbage: no crash, every entry accounted for', async () => {
    const { a, server } = setup('udp');
    const shaped = fc
      .record({
        kind: fc.integer({ min: 0, max: 8 }),
        id: fc.nat({ max: 0xffff_ffff }),
        method: fc.constantFrom('', 'demo.v1.Greeter/SayHello', 'demo.v1.ChatPush', 'x/y'),
        payload: fc.uint8Array({ maxLength: 32 }),
      })
      .map((e) => encodeEnvelope(e as Parameters<typeof encodeEnvelope>[0]));
    const entry = fc.oneof(shaped, fc.uint8Array({ maxLength: 24 }));
    let entries = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(entry, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        async (batches) => {
          for (const batch of batches) a.send(FrameKind.DATA, encodeBatch(batch));
          entries += batches.reduce((n, batch) => n + batch.length, 0);
          await settle();
          expect(outcomes(server.stats)).toBe(entries);
          expect(server.stats.internalErrors).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
    expect(server.isClosed).toBe(false);
  });

  it('random bytes as request payloads: every call resolves or rejects with INVALID_ARGUMENT', async () => {
    const [a, b] = createMemoryConnectionPair();
    const client = new RpcPeer(a);
    const server = new RpcPeer(b);
    cleanup.push(
      () => client.close(),
      () => server.close(),
      () => a.destroy(),
    );
    let ran = 0;
    server.implement(Greeter, {
      sayHello: () => {
        ran++;
        return { message: 'ok' };
      },
    });
    const sayHello = methodOf(Greeter, 'sayHello');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
        const raw = {
          ...sayHello,
          requestType: { encode: () => ({ finish: () => bytes }), decode: sayHello.requestType.decode },
        } as unknown as typeof sayHello;
        const before = ran;
        const outcome = await client.call(raw, {}, { timeoutMs: 5000 }).then(
          () => 'ok',
          (e: RpcError) => e.status,
        );
        expect(['ok', RpcStatus.INVALID_ARGUMENT]).toContain(outcome);
        expect(ran - before).toBe(outcome === 'ok' ? 1 : 0);
      }),
      { numRuns: 300 },
    );
    expect(client.pendingCalls).toBe(0);
  });

  it('closes the connection with invalid-message after maxConsecutiveMalformed bad envelopes', async () => {
    const { a, b, peer: server } = peerFacingRaw(cleanup, {}, { maxConsecutiveMalformed: 5 });
    const closes: string[] = [];
    b.on('close', (info) => closes.push(info.reason));
    for (let i = 0; i < 4; i++) a.send(FrameKind.DATA, new Uint8Array([0xff, 0xff]));
    a.send(FrameKind.DATA, encodeEnvelope({ kind: EnvelopeKind.MESSAGE, method: 'nobody.Listens' }));
    for (let i = 0; i < 4; i++) a.send(FrameKind.DATA, new Uint8Array([0xff, 0xff]));
    await settle();
    expect(b.state).toBe('open'); // a valid envelope in between resets the count
    a.send(FrameKind.DATA, new Uint8Array([0xff]));
    await waitFor(() => closes.length === 1, 5000, 'close');
    expect(closes).toEqual(['invalid-message']);
    expect(server.stats.malformedEnvelopes).toBe(9);
    expect(server.isClosed).toBe(true);
  });
});
