// The shared deadline timer, on fake timers (pure timing logic).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DeadlineEntry, DeadlineQueue } from '../src/deadlines.js';
import { activeTimers } from './helpers.js';

type Entry = DeadlineEntry & { name: string };
const entry = (name: string): Entry => ({
  name,
  expiresAt: 0,
  prev: undefined,
  next: undefined,
  list: undefined,
});

describe('DeadlineQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('expires entries in deadline order across timeouts, with one timer', () => {
    const expired: string[] = [];
    const queue = new DeadlineQueue<Entry>((e) => expired.push(e.name));
    queue.add(entry('a300'), 300);
    vi.advanceTimersByTime(50);
    queue.add(entry('b100'), 100); // due at 150, earlier than a300
    queue.add(entry('c300'), 300); // due at 350
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(99);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(expired).toEqual(['b100']);
    vi.advanceTimersByTime(150);
    expect(expired).toEqual(['b100', 'a300']);
    vi.advanceTimersByTime(50);
    expect(expired).toEqual(['b100', 'a300', 'c300']);
    expect(queue.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removed entries never expire, and an empty queue holds no timer', () => {
    const expired: string[] = [];
    const queue = new DeadlineQueue<Entry>((e) => expired.push(e.name));
    const a = entry('a');
    const b = entry('b');
    queue.add(a, 100);
    queue.add(b, 100);
    queue.remove(a);
    queue.remove(a); // idempotent
    vi.advanceTimersByTime(200);
    expect(expired).toEqual(['b']);
    queue.add(a, 100);
    queue.remove(a);
    vi.advanceTimersByTime(200);
    expect(expired).toEqual(['b']);
  });

  it("its timer never holds the process open (the connection's socket does), busy or idle", () => {
    vi.useRealTimers();
    const before = activeTimers();
    const expired: string[] = [];
    const queue = new DeadlineQueue<Entry>((e) => expired.push(e.name));
    const a = entry('a');
    queue.add(a, 60_000);
    expect(activeTimers()).toBe(before);
    queue.remove(a);
    queue.add(a, 60_000);
    expect(activeTimers()).toBe(before);
    queue.clear();
    expect(activeTimers()).toBe(before);
    expect(expired).toEqual([]);
  });

  it('keeps emptied lists for the next call, but not an unbounded number of them', () => {
    const expired: string[] = [];
    const queue = new DeadlineQueue<Entry>((e) => expired.push(e.name));
    // Many distinct timeouts, each added and removed: the queue stays correct and small.
    for (let i = 0; i < 1000; i++) {
      const e = entry(`t${i}`);
      queue.add(e, 1000 + i);
      queue.remove(e);
    }
    const last = entry('last');
    queue.add(last, 50);
    vi.advanceTimersByTime(60);
    expect(expired).toEqual(['last']);
    expect(queue.size).toBe(0);
    expect(queue.listCount).toBeLessThanOrEqual(33);
  });

  it('clear() drops everything and its timer', () => {
    const expired: string[] = [];
    const queue = new DeadlineQueue<Entry>((e) => expired.push(e.name));
    for (let i = 0; i < 10; i++) queue.add(entry(`e${i}`), 100 + i);
    queue.clear();
    expect(queue.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual([]);
  });
});
