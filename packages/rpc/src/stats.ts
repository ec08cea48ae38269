// Counters of one RpcPeer: what it sent, received, refused and dropped. Plain numbers, bumped
// inline, so counting costs nothing measurable; read them through `peer.stats`.

export interface RpcStats {
  /** Requests sent (retransmissions not included). */
  callsSent: number;
  callsSucceeded: number;
  /** Calls that rejected, whatever the status (remote error, deadline, cancel, close, bound). */
  callsFailed: number;
  /** Requests whose handler ran. */
  callsReceived: number;
  /** Inbound calls, notifications and messages refused by `maxConcurrentInbound`. */
  inboundRejected: number;
  /** Requests for a method nobody implements (answered UNIMPLEMENTED). */
  unimplemented: number;
  /** Requests, notifications and messages whose payload does not decode (requests: answered INVALID_ARGUMENT). */
  invalidPayloads: number;
  /** CANCELs received (for a running handler, or one already finished). */
  cancelsReceived: number;
  notificationsSent: number;
  notificationsReceived: number;
  messagesSent: number;
  messagesReceived: number;
  /** Notifications and messages nobody handles (dropped). */
  unhandled: number;
  /** Notification and message handlers that threw or rejected. */
  handlerErrors: number;
  /** Envelopes that do not decode or are not valid, in total. */
  malformedEnvelopes: number;
  /** ...of which a request id was readable: answered INVALID_ARGUMENT. */
  malformedAnswered: number;
  /** ...of which an answer id of a pending call was readable: that call failed with INTERNAL. */
  malformedFailedCalls: number;
  /** ...of which nothing could be read: dropped. */
  malformedDropped: number;
  /** Answers for no pending call (after its deadline or cancel, or a replayed duplicate). */
  lateAnswers: number;
  /** Datagram links: requests sent again for want of an answer. */
  retransmits: number;
  /** Datagram links: duplicate requests answered from the replay cache. */
  replays: number;
  /** Datagram links: duplicate requests ignored (handler still running, or already acknowledged). */
  duplicatesIgnored: number;
  /** Errors in the peer's own frame handling, caught and logged so the connection lives on. */
  internalErrors: number;
  /**
   * Datagram links: datagrams this peer sent (one envelope each, or a BATCH of them), and the
   * envelopes they carried (requests, answers, retransmissions, notifications, messages, CANCELs).
   * Envelopes per datagram is how well batching works (`datagramBatchBytes`). 0 on streams.
   */
  datagramsSent: number;
  datagramEnvelopesSent: number;
  /** Datagram links: datagrams received for this peer, and the envelopes they carried. 0 on streams. */
  datagramsReceived: number;
  datagramEnvelopesReceived: number;
}

export function createStats(): RpcStats {
  return {
    callsSent: 0,
    callsSucceeded: 0,
    callsFailed: 0,
    callsReceived: 0,
    inboundRejected: 0,
    unimplemented: 0,
    invalidPayloads: 0,
    cancelsReceived: 0,
    notificationsSent: 0,
    notificationsReceived: 0,
    messagesSent: 0,
    messagesReceived: 0,
    unhandled: 0,
    handlerErrors: 0,
    malformedEnvelopes: 0,
    malformedAnswered: 0,
    malformedFailedCalls: 0,
    malformedDropped: 0,
    lateAnswers: 0,
    retransmits: 0,
    replays: 0,
    duplicatesIgnored: 0,
    internalErrors: 0,
    datagramsSent: 0,
    datagramEnvelopesSent: 0,
    datagramsReceived: 0,
    datagramEnvelopesReceived: 0,
  };
}
