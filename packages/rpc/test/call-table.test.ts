// The peer's table of calls by id: the same answers as a Map under any sequence of adds and
// deletes (checked against one as a model), the order of the oldest entry, and no links left on an
// entry once it is out (what keeps a finished call from being kept alive by the table). Tables
// without the order list (a stream peer's) answer the same, and list their entries by call id.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CallEntry, CallTable } from '../src/call-table.js';

class Entry implements CallEntry {
  nextInBucket: Entry | undefined = undefined;
  older: Entry | undefined = undefined;
  newer: Entry | undefined = undefined;
  constructor(readonly callId: number) {}
}

function unlinked(entry: Entry): boolean {
  return entry.nextInBucket === undefined && entry.older === undefined && entry.newer === undefined;
}

describe('CallTable', () => {
  it('finds, orders and removes entries, across bucket collisions and growth', () => {
    const table = new CallTable<Entry>();
    // Ids 64 apart share a bucket of the first 64; 300 entries make the table grow twice.
    const entries = Array.from({ length: 300 }, (_, i) => new Entry(1 + (i % 2 === 0 ? i * 64 : i)));
    for (const e of entries) table.add(e);
    expect(table.size).toBe(300);
    for (const e of entries) expect(table.get(e.callId)).toBe(e);
    expect(table.get(999_999)).toBeUndefined();
    expect(table.oldest).toBe(entries[0]);
    expect(table.delete(entries[0]!)).toBe(true);
    expect(table.delete(entries[0]!)).toBe(false);
    expect(unlinked(entries[0]!)).toBe(true);
    expect(table.oldest).toBe(entries[1]);
    expect(table.delete(entries[150]!)).toBe(true);
    expect(table.values()).toEqual(entries.filter((_, i) => i !== 0 && i !== 150));
    table.clear();
    expect(table.size).toBe(0);
    expect(table.oldest).toBeUndefined();
    expect(table.get(entries[1]!.callId)).toBeUndefined();
    expect(entries.every(unlinked)).toBe(true);
  });

  it('entries added unlinked are found by id, join the order when linked, and leave cleanly either way', () => {
    const table = new CallTable<Entry>();
    const entries = Array.from({ length: 6 }, (_, i) => new Entry(i + 1));
    for (const e of entries) table.add(e, false);
    expect(table.size).toBe(6);
    expect(table.oldest).toBeUndefined();
    for (const e of entries) expect(table.get(e.callId)).toBe(e);
    // Linked in another order than added: the order list is the order of link().
    for (const i of [4, 1, 2]) table.link(entries[i]!);
    expect(table.oldest).toBe(entries[4]);
    expect(table.values()).toEqual([entries[4], entries[1], entries[2]]);
    // Deleting an unlinked entry leaves the order list alone; deleting a linked one mends it.
    expect(table.delete(entries[0]!)).toBe(true);
    expect(table.delete(entries[1]!)).toBe(true);
    expect(table.values()).toEqual([entries[4], entries[2]]);
    expect(unlinked(entries[0]!) && unlinked(entries[1]!)).toBe(true);
    expect(table.delete(entries[4]!)).toBe(true);
    expect(table.delete(entries[2]!)).toBe(true);
    expect(table.oldest).toBeUndefined();
    expect(table.size).toBe(2);
    table.clear();
    expect(entries.every(unlinked)).toBe(true);
    expect(table.get(entries[3]!.callId)).toBeUndefined();
  });

  it('keeps working for ids past 2^31 (uint32 call ids wrap around)', () => {
    const table = new CallTable<Entry>();
    const high = [0xfffffffe, 0xffffffff, 1, 0x80000000].map((id) => new Entry(id));
    for (const e of high) table.add(e);
    for (const e of high) expect(table.get(e.callId)).toBe(e);
    expect(table.oldest?.callId).toBe(0xfffffffe);
  });

  it.each([
    ['ordered', true],
    ['unordered', false],
  ])('answers like a Map for any sequence of adds and deletes (%s)', (_name, ordered) => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 0xffffffff })), { maxLength: 400 }),
        (ops) => {
          const table = new CallTable<Entry>(ordered);
          const model = new Map<number, Entry>();
          for (const [add, id] of ops) {
            const present = model.get(id);
            if (add && !present) {
              const e = new Entry(id);
              table.add(e);
              model.set(id, e);
            } else if (present) {
              expect(table.delete(present)).toBe(true);
              expect(unlinked(present)).toBe(true);
              model.delete(id);
            }
            expect(table.size).toBe(model.size);
            expect(table.get(id)).toBe(model.get(id));
          }
          if (ordered) {
            // Insertion order, as a Map iterates.
            expect(table.values()).toEqual([...model.values()]);
            expect(table.oldest).toBe(model.values().next().value);
          } else {
            expect(new Set(table.values())).toEqual(new Set(model.values()));
            expect(table.values()).toHaveLength(model.size);
            expect(table.oldest).toBeUndefined();
          }
        },
      ),
    );
  });

  it('without the order list: no order links written, entries listed by call id, a repeated id found newest first across growth', () => {
    const table = new CallTable<Entry>(false);
    // Ids made in order across the uint32 wrap, added out of order.
    const ids = [0xfffffffd, 0xfffffffe, 0xffffffff, 1, 2, 3];
    const entries = ids.map((id) => new Entry(id));
    for (const i of [3, 0, 5, 1, 4, 2]) table.add(entries[i]!);
    expect(entries.every((e) => e.older === undefined && e.newer === undefined)).toBe(true);
    expect(table.values()).toEqual(entries);
    const first = new Entry(7);
    const second = new Entry(7);
    table.add(first);
    table.add(second);
    // 200 more entries: the table grows twice with both entries of id 7 in it.
    const more = Array.from({ length: 200 }, (_, i) => new Entry(1000 + i));
    for (const e of more) table.add(e);
    expect(table.get(7)).toBe(second);
    expect(table.delete(second)).toBe(true);
    expect(table.get(7)).toBe(first);
    for (const e of [...entries, first, ...more]) expect(table.get(e.callId)).toBe(e);
    table.clear();
    expect(table.size).toBe(0);
    expect([...entries, first, second, ...more].every(unlinked)).toBe(true);
  });
});
