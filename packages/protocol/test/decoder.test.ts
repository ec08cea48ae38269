import { describe, expect, it } from 'vitest';
import { encodeFrame, FrameDecoder, FrameKind } from '@heartwire/protocol';

describe('smoke', () => {
  it('decodes', () => {
    const d = new FrameDecoder();
    const r = d.push(encodeFrame(FrameKind.DATA, Buffer.from('hi')));
    expect(r.frames[0]?.payload.toString()).toBe('hi');
  });
});
