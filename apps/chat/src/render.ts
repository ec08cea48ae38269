// How the terminal client shows things: one plain line per event, so the output reads well in a
// terminal and can be followed by a script. `*` starts a status line, `!` an error.

import { heartwire } from './generated/chat.js';

type ChatMessage = heartwire.chat.v1.IChatMessage;
type Presence = heartwire.chat.v1.IPresence;
type Member = heartwire.chat.v1.IMember;
const Kind = heartwire.chat.v1.Presence.Kind;

const REASON_TEXT: Record<string, string> = {
  'heartbeat-timeout': 'timed out',
  'network-interrupted': 'connection dropped',
  'logged-out': 'logged out',
  'kicked-out': 'kicked out',
  'server-shutdown': 'server shutting down',
  'pushed-out': 'logged in elsewhere',
  'send-buffer-overflow': 'too slow to keep up',
  'invalid-message': 'sent an invalid message',
  closed: 'closed',
};

/** `heartbeat-timeout: no data within 3 s` — the reason code stays visible: it is what scripts match. */
export function describeReason(reason: string, message?: string | null): string {
  return message ? `${reason}: ${message}` : reason;
}

export function renderRoomMessage(message: ChatMessage): string {
  return `[#${message.room}] ${message.from}: ${message.text}`;
}

export function renderPrivateMessage(from: string, text: string): string {
  return `[private] ${from}: ${text}`;
}

export function renderPresence(p: Presence): string {
  const room = `#${p.room}`;
  const why = p.reason ? ` (${describeReason(p.reason, p.message)})` : '';
  switch (p.kind) {
    case Kind.JOINED:
      return p.rejoin ? `* ${p.user} is back in ${room}` : `* ${p.user} joined ${room}`;
    case Kind.LEFT:
      if (p.reason === 'kicked-out')
        return `* ${p.user} was kicked out of ${room}${p.message ? ` (${p.message})` : ''}`;
      return `* ${p.user} left ${room}${why}`;
    case Kind.OFFLINE:
      if (p.reason === 'heartbeat-timeout') return `* ${p.user} timed out in ${room}${why}`;
      return `* ${p.user} went offline in ${room}${why}`;
    case Kind.ONLINE:
      return `* ${p.user} is back online in ${room}`;
    default:
      return `* ${p.user}: presence changed in ${room}`;
  }
}

/** `alice, bob (offline: carol)` */
export function renderMembers(members: readonly Member[]): string {
  const online = members.filter((m) => m.online).map((m) => m.user);
  const offline = members.filter((m) => !m.online).map((m) => m.user);
  const parts = [online.length > 0 ? online.join(', ') : 'nobody online'];
  if (offline.length > 0) parts.push(`(offline: ${offline.join(', ')})`);
  return parts.join(' ');
}

export function renderSpans(heartBeatSpanInSecs: number, timeoutSpanInSecs: number): string {
  return `heartbeat every ${heartBeatSpanInSecs} s, timeout ${timeoutSpanInSecs} s`;
}

export function renderInterrupted(reason: string, message: string): string {
  const what = REASON_TEXT[reason];
  return `* connection lost${what ? ` (${what})` : ''}: ${describeReason(reason, message)}`;
}

export function renderReconnecting(attempt: number, delayMs: number): string {
  return `* reconnecting: attempt ${attempt} in ${(delayMs / 1000).toFixed(1)} s`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
