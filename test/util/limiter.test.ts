import { describe, expect, it } from 'vitest';
import { limiter } from '../../src/util/limiter.js';

const tick = async (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('limiter', () => {
  it('runs at most `limit` tasks at once, starts the waiting ones in the order they came, and passes results and errors through', async () => {
    const limit = limiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (n: number) => async () => {
      started.push(n);
      running += 1;
      most = Math.max(most, running);
      await tick(n === 1 ? 30 : 5);
      running -= 1;
      if (n === 3) throw new Error('three failed');
      return n * 10;
    };
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => limit(task(n))));
    expect(most).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([10, 20, 'three failed', 40, 50]);
  });

  it('a failed task frees its slot', async () => {
    const limit = limiter(1);
    await expect(limit(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(limit(async () => 'next')).resolves.toBe('next');
  });
});
