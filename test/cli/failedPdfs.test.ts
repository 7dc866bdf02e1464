import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/run/manifest.js';
import { runCli } from '../helpers/runCli.js';

/**
 * A batch where one PDF cannot be written (a folder already sits at its
 * path): the CLI prints the others, names the failed output with its reason,
 * says how many of how many failed, and exits 6 (render), with no stack trace
 * and no temp file left. A real browser prints the two small reports.
 */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-failed-pdfs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a PDF of a batch fails', () => {
  it('the CLI names the failed output, writes the others and exits 6', async () => {
    writeFileSync(join(folder, 'alpha.md'), '# Phase 1 Alpha Report\n\n**Status:** In progress\n\nText of the first report.\n');
    writeFileSync(join(folder, 'beta.md'), '# Phase 2 Beta Report\n\n**Status:** Complete\n\nText of the second report.\n');
    // the PDF of beta.md cannot replace a folder
    mkdirSync(join(folder, 'out', 'beta.pdf'), { recursive: true });
    const run = await runCli(['render', 'alpha.md', 'beta.md', '-f', 'html,pdf', '--out', 'out'], { cwd: folder });
    expect(run.code).toBe(6);
    // the path is named once, at the start of the line
    expect(run.stderr).toContain('phase-report: out/beta.pdf: cannot be written: a folder of that name is in the way\n');
    expect(run.stderr).toMatch(/^phase-report: 1 of 2 PDFs failed \(listed above\); the other outputs were written$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).toContain('wrote out/alpha.pdf');
    expect(run.stderr).not.toContain('wrote out/beta.pdf');
    expect(existsSync(join(folder, 'out', 'alpha.pdf'))).toBe(true);
    expect(existsSync(join(folder, 'out', 'beta.html'))).toBe(true);
    expect(readdirSync(join(folder, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('build (its browser started while rendering): the same, and the next build prints the failed PDF once the way is clear', async () => {
    const cwd = join(folder, 'build');
    mkdirSync(join(cwd, 'reports'), { recursive: true });
    writeFileSync(join(cwd, 'reports', 'phase-1.md'), '# Phase 1 Alpha Report\n\n**Status:** In progress\n\nText of the first report.\n');
    writeFileSync(join(cwd, 'reports', 'phase-2.md'), '# Phase 2 Alpha Report\n\n**Status:** Complete\n\nText of the second report.\n');
    mkdirSync(join(cwd, 'out', 'phase-2.pdf'), { recursive: true });
    const run = await runCli(['build', 'reports', '--out', 'out'], { cwd });
    expect(run.code).toBe(6);
    expect(run.stderr).toContain('phase-report: out/phase-2.pdf: cannot be written: a folder of that name is in the way\n');
    const pdfs = readdirSync(join(cwd, 'out')).filter((f) => f.endsWith('.pdf'));
    expect(run.stderr).toContain(`phase-report: 1 of ${pdfs.length} PDFs failed (listed above); the other outputs were written\n`);
    expect(pdfs).toContain('phase-1.pdf');
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    rmSync(join(cwd, 'out', 'phase-2.pdf'), { recursive: true });
    const again = await runCli(['build', 'reports', '--out', 'out', '--json', '--quiet'], { cwd });
    expect(again.code, again.stderr).toBe(0);
    const written = (JSON.parse(again.stdout) as Manifest).outputs.filter((o) => o.written).map((o) => o.path);
    expect(written).toEqual([join(cwd, 'out', 'phase-2.pdf')]);
  }, 120_000);
});
