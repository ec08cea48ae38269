import { describe, expect, it } from 'vitest';
import { heartwire } from '../src/generated/chat.js';
import {
  describeReason,
  renderInterrupted,
  renderMembers,
  renderPresence,
  renderPrivateMessage,
  renderReconnecting,
  renderRoomMessage,
} from '../src/render.js';

const Kind = heartwire.chat.v1.Presence.Kind;

describe('rendering', () => {
  it('shows messages with their room or as private', () => {
    expect(renderRoomMessage({ room: 'lobby', from: 'alice', text: 'hi' })).toBe('[#lobby] alice: hi');
    expect(renderPrivateMessage('carol', 'psst')).toBe('[private] carol: psst');
  });

  it('announces presence changes with their reason', () => {
    const base = { room: 'lobby', user: 'bob' };
    expect(renderPresence({ ...base, kind: Kind.JOINED })).toBe('* bob joined #lobby');
    expect(renderPresence({ ...base, kind: Kind.JOINED, rejoin: true })).toBe('* bob is back in #lobby');
    expect(renderPresence({ ...base, kind: Kind.LEFT })).toBe('* bob left #lobby');
    expect(renderPresence({ ...base, kind: Kind.LEFT, reason: 'logged-out', message: 'logged out' })).toBe(
      '* bob left #lobby (logged-out: logged out)',
    );
    expect(
      renderPresence({ ...base, kind: Kind.LEFT, reason: 'kicked-out', message: 'kicked by alice: spam' }),
    ).toBe('* bob was kicked out of #lobby (kicked by alice: spam)');
    expect(
      renderPresence({
        ...base,
        kind: Kind.OFFLINE,
        reason: 'heartbeat-timeout',
        message: 'nothing received for 3 s',
      }),
    ).toBe('* bob timed out in #lobby (heartbeat-timeout: nothing received for 3 s)');
    expect(renderPresence({ ...base, kind: Kind.OFFLINE, reason: 'network-interrupted' })).toBe(
      '* bob went offline in #lobby (network-interrupted)',
    );
    expect(renderPresence({ ...base, kind: Kind.ONLINE })).toBe('* bob is back online in #lobby');
    expect(renderPresence({ ...base, kind: Kind.KIND_UNSPECIFIED })).toBe(
      '* bob: presence changed in #lobby',
    );
  });

  it('lists members online first, then the offline ones', () => {
    expect(
      renderMembers([
        { user: 'alice', online: true },
        { user: 'bob', online: false },
        { user: 'carol', online: true },
      ]),
    ).toBe('alice, carol (offline: bob)');
    expect(renderMembers([{ user: 'bob', online: false }])).toBe('nobody online (offline: bob)');
  });

  it('shows the connection state with reason, attempt and delay', () => {
    expect(renderInterrupted('heartbeat-timeout', 'no data')).toBe(
      '* connection lost (timed out): heartbeat-timeout: no data',
    );
    expect(renderInterrupted('something-new', '')).toBe('* connection lost: something-new');
    expect(renderReconnecting(2, 1250)).toBe('* reconnecting: attempt 2 in 1.3 s');
    expect(describeReason('closed')).toBe('closed');
  });
});
