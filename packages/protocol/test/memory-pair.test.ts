import { once } from 'node:events';
import { FrameKind } from '@heartwire/protocol';
import { createMemoryConnectionPair } from '@heartwire/protocol/testing';
import { describe, expect, it } from 'vitest';

describe('memory connection pair', () => {
  it('delivers frames in order and counts bytes', async () => {
    const [a, b] = createMemoryConnectionPair();
    const got: string[] = [];
    b.on('frame', (_kind, payload) => got.push(payload.toString()));
    a.send(FrameKind.DATA, Buffer.from('1'));
    a.send(FrameKind.DATA, Buffer.from('2'));
    await new Promise((r) => setImmediate(r));
    expect(got).toEqual(['1', '2']);
    expect(b.bytesReceived).toBe(a.bytesSent);
  });

  it('emits every frame as frame, and PING and PONG then as control too', async () => {
    const [a, b] = createMemoryConnectionPair();
    const seen: string[] = [];
    b.on('frame', (kind) => seen.push(`frame:${kind}`));
    b.on('control', (kind) => seen.push(`control:${kind}`));
    a.send(FrameKind.DATA, Buffer.from('a'));
    a.send(FrameKind.PING, Buffer.alloc(4));
    a.send(FrameKind.PONG, Buffer.alloc(4));
    await new Promise((r) => setImmediate(r));
    const { DATA, PING, PONG } = FrameKind;
    expect(seen).toEqual([
      `frame:${DATA}`,
      `frame:${PING}`,
      `control:${PING}`,
      `frame:${PONG}`,
      `control:${PONG}`,
    ]);
  });

  it('close sends the reason to the peer and fires close exactly once on both sides', async () => {
    const [a, b] = createMemoryConnectionPair();
    const aClosed: unknown[] = [];
    const bClosed: unknown[] = [];
    a.on('close', (info) => aClosed.push(info));
    b.on('close', (info) => bClosed.push(info));
    await Promise.all([a.close('kicked-out', 'bye'), a.close('closed'), once(b, 'close')]);
    await new Promise((r) => setImmediate(r));
    expect(aClosed).toEqual([{ reason: 'kicked-out', message: 'bye', initiator: 'local' }]);
    expect(bClosed).toEqual([{ reason: 'kicked-out', message: 'bye', initiator: 'remote' }]);
    expect(() => a.send(FrameKind.DATA)).toThrow(/closed/);
  });

  it('a frozen side delivers nothing and no close', async () => {
    const [a, b] = createMemoryConnectionPair();
    let frames = 0;
    let closed = false;
    b.on('frame', () => frames++);
    b.on('close', () => {
      closed = true;
    });
    a.frozen = true;
    a.send(FrameKind.PING, Buffer.alloc(4));
    await a.close();
    await new Promise((r) => setImmediate(r));
    expect(frames).toBe(0);
    expect(closed).toBe(false);
    expect(b.state).toBe('open');
  });
});
