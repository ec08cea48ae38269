// The login gate's clock alone (fake timers: this is timing logic only; the real-socket tests of
// login-timeout are in engines.test.ts): one timer for every waiting connection, expiry in arrival
// order, and nothing expires that logged in, left, or was cleared.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginDeadlines } from '../src/login-deadlines.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function deadlines(timeoutMs: number, onExpired: (key: string) => void = () => {}) {
  return new LoginDeadlines<string>(timeoutMs, onExpired, () => Date.now());
}

describe('LoginDeadlines', () => {
  it('holds one timer for any number of waiting keys, and none once they are gone', () => {
    const d = deadlines(1000);
    for (let i = 0; i < 1000; i++) d.add(`c${i}`);
    expect(d.size).toBe(1000);
    expect(vi.getTimerCount()).toBe(1);
    for (let i = 0; i < 1000; i++) d.delete(`c${i}`);
    expect(d.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('expires each key at its own deadline, in arrival order', () => {
    const expired: [string, number][] = [];
    const t0 = Date.now();
    const d = deadlines(1000, (key) => expired.push([key, Date.now() - t0]));
    d.add('a');
    vi.advanceTimersByTime(300);
    d.add('b');
    vi.advanceTimersByTime(200);
    d.add('c');
    vi.advanceTimersByTime(499);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual([['a', 1000]]);
    vi.advanceTimersByTime(300);
    expect(expired).toEqual([
      ['a', 1000],
      ['b', 1300],
    ]);
    vi.advanceTimersByTime(200);
    expect(expired.map(([k]) => k)).toEqual(['a', 'b', 'c']);
    expect(expired[2]![1]).toBe(1500);
    expect(d.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never expires a key deleted before its deadline (logged in, or left)', () => {
    const expired: string[] = [];
    const d = deadlines(1000, (key) => expired.push(key));
    d.add('a');
    d.add('b');
    d.add('c');
    d.delete('a');
    d.delete('c');
    d.delete('nobody');
    vi.advanceTimersByTime(5000);
    expect(expired).toEqual(['b']);
  });

  it('restarts the wait of a key added again, and puts it last in line', () => {
    const expired: string[] = [];
    const t0 = Date.now();
    const at: number[] = [];
    const d = deadlines(1000, (key) => {
      expired.push(key);
      at.push(Date.now() - t0);
    });
    d.add('a');
    vi.advanceTimersByTime(100);
    d.add('b');
    vi.advanceTimersByTime(100);
    d.add('a');
    vi.advanceTimersByTime(2000);
    expect(expired).toEqual(['b', 'a']);
    expect(at).toEqual([1100, 1200]);
  });

  it('sees keys that onExpired adds or deletes during the same pass', () => {
    const expired: string[] = [];
    const d: LoginDeadlines<string> = deadlines(1000, (key) => {
      expired.push(key);
      if (key === 'a') {
        d.delete('b');
        d.add('late');
      }
    });
    d.add('a');
    d.add('b');
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual(['a']);
    expect(d.has('late')).toBe(true);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual(['a', 'late']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('expires nothing after clear()', () => {
    const expired: string[] = [];
    const d = deadlines(1000, (key) => expired.push(key));
    d.add('a');
    d.add('b');
    d.clear();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(expired).toEqual([]);
    d.add('c');
    vi.advanceTimersByTime(1000);
    expect(expired).toEqual(['c']);
  });
});
