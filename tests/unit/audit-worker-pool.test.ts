/** The worker pool keeps going when a worker dies or hangs, and blames only the input that did it. */
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '@/cli/worker-pool';

describe('WorkerPool', () => {
  it('replaces a worker that dies or hangs, reports that input and audits the others', async () => {
    const pool = new WorkerPool(new URL('./audit-pool-worker.mjs', import.meta.url), { size: 1, taskTimeoutMs: 1500 });
    const names = ['a.html', 'crash.html', 'b.html', 'c.html', 'hang.html', 'd.html', 'e.html'];
    const results = await Promise.all(names.map((path) => pool.run({ type: 'file', path, maxBytes: 1 })));
    await pool.close();
    expect(results.map((r) => [r.source, r.status, r.skip?.message])).toEqual([
      ['a.html', 'audited', undefined],
      ['crash.html', 'skipped', 'the worker reading it stopped (exit code 3)'],
      ['b.html', 'audited', undefined],
      ['c.html', 'audited', undefined],
      ['hang.html', 'skipped', 'gave up after 2 s'],
      ['d.html', 'audited', undefined],
      ['e.html', 'audited', undefined],
    ]);
    expect(results[1]!.skip!.reason).toBe('crashed');
  }, 30_000);
});
