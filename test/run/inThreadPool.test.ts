import { stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.js';
import { loadTheme } from '../../src/render/index.js';
import { openPool } from '../../src/run/pool/openPool.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * Tasks run in this thread (one report changed: too few for worker threads)
 * run one at a time with a turn of the event loop between them, so that I/O
 * that finished meanwhile (the browser's pipe while it starts and prints) is
 * handled between two tasks, not after all of them.
 */
describe('openPool in this thread', () => {
  it('handles I/O that finished during a task before it starts the next one', async () => {
    const theme = await loadTheme();
    const config = resolveConfig({}, {}, ['html']);
    const text = readFileSync(join(repoRoot, 'fixtures', 'sequence', 'phase-4.md'), 'utf8');
    const pool = await openPool(theme, { workers: 1, tasks: 1 });
    const events: string[] = [];
    const task = (n: number) => ({ kind: 'report' as const, input: `phase-${n}.md`, name: `phase-${n}`, text, config });
    const first = pool.run(task(1)).then(() => events.push('task 1 done'));
    const second = pool.run(task(2)).then(() => events.push('task 2 done'));
    // a stat asked for now completes on the thread pool while task 1 (a full parse and render) runs
    const io = stat(repoRoot).then(() => events.push('io'));
    await Promise.all([first, second, io]);
    await pool.close();
    expect(events).toEqual(['task 1 done', 'io', 'task 2 done']);
  });

  it('a failing task fails alone: the next one still runs', async () => {
    const theme = await loadTheme();
    const config = resolveConfig({}, {}, ['html']);
    const pool = await openPool(theme, { workers: 1, tasks: 1 });
    // a rule the evaluator does not know: the task throws
    const broken = pool.run({ kind: 'report', input: 'a.md', name: 'a', text: '# A\n\nText.\n', config: { ...config, rules: { 'no-such-rule': {} } } });
    const fine = pool.run({ kind: 'report', input: 'b.md', name: 'b', text: '# B\n\nText.\n', config });
    await expect(broken).rejects.toThrow(/unknown rule "no-such-rule"/);
    const result = await fine;
    expect(result.report.meta.title?.value).toBe('B');
  });
});
