import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printPdfs } from '../../src/pdf/index.js';

/** The longest documents print first (no long one left to start last while the other pages idle); results keep the job order. */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-order-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('printPdfs order', () => {
  it('prints the longest HTML first, and lists results in job order', async () => {
    const job = (name: string, paragraphs: number) => ({
      html: `<!doctype html><title>${name}</title>${'<p>Body text of the report.</p>'.repeat(paragraphs)}`,
      outPath: join(folder, `${name}.pdf`),
      title: name,
    });
    const jobs = [job('short', 1), job('long', 300), job('middle', 40)];
    const run = await printPdfs(jobs, { concurrency: 1 });
    expect(run.failures).toEqual([]);
    expect(run.results.map((r) => r.outPath)).toEqual(jobs.map((j) => j.outPath));
    const writtenAt = (name: string) => statSync(join(folder, `${name}.pdf`), { bigint: true }).mtimeNs;
    expect(writtenAt('long')).toBeLessThan(writtenAt('middle'));
    expect(writtenAt('middle')).toBeLessThan(writtenAt('short'));
  }, 60_000);
});
