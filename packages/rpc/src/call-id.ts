// Call ids are uint32 and wrap around; order between them is serial-number arithmetic (RFC 1982),
// so the comparison stays right across the wrap as long as fewer than 2^31 calls are in between.

/** The id after `id`, skipping 0 (0 means "no id" in the envelope). */
export function nextCallId(id: number): number {
  return (id + 1) >>> 0 || 1;
}

/** True when `a` comes before `b`. */
export function callIdBefore(a: number, b: number): boolean {
  const distance = (b - a) >>> 0;
  return distance !== 0 && distance < 0x80000000;
}
