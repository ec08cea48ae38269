// Connection ids: unique within the process and readable in logs (`tcp-1`, `udp-7`).

const counters = { tcp: 0, udp: 0 };

export function nextConnectionId(transport: 'tcp' | 'udp'): string {
  counters[transport] += 1;
  return `${transport}-${counters[transport]}`;
}
