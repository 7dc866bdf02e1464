import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withReload } from '../../src/cli/serveSite.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const tmp = mkdtempSync(join(tmpdir(), 'phase-report-manners-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sequence = join(repoRoot, 'fixtures', 'sequence');
const phase6 = join(sequence, 'phase-6.md');

describe('-o - streams a single output to stdout', () => {
  it('writes the one HTML page to stdout and creates no folder named "-"', async () => {
    const run = await runCli(['render', phase6, '-f', 'html', '-o', '-'], { cwd: tmp });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(run.stdout).toContain('Phase 6');
    expect(existsSync(join(tmp, '-'))).toBe(false);
  });

  it('refuses a run with several outputs, naming them, with the usage exit code', async () => {
    const run = await runCli(['render', phase6, '-f', 'html,md', '-o', '-'], { cwd: tmp });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^phase-report: -o - streams one output to stdout, but this run has 2 \(phase-6\.html, phase-6\.md\)/);
  });
});

describe('progress, --quiet, --json', () => {
  it('shows a progress line with counts and the current file on a terminal, and nothing otherwise', async () => {
    const tty = await runCli(['build', sequence, '-f', 'html', '-o', join(tmp, 'tty'), '--no-cache'], { isTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\r\u001b\[2K\[1\/4\] .*phase-4\.md/);
    expect(tty.stderr).toMatch(/\[4\/4\] .*phase-7\.md/);
    const pipe = await runCli(['build', sequence, '-f', 'html', '-o', join(tmp, 'pipe'), '--no-cache']);
    expect(pipe.stderr).not.toContain('\r');
    expect(pipe.stderr).toMatch(/^wrote /m);
  });

  it('--quiet prints nothing on success; --json prints the manifest of every output on stdout', async () => {
    const out = join(tmp, 'quiet');
    const run = await runCli(['build', sequence, '-f', 'html', '-o', out, '--quiet', '--json', '--no-cache'], { isTTY: true });
    expect(run.stderr).toBe('');
    const manifest = JSON.parse(run.stdout) as { outputs: Array<{ path: string; kind: string; bytes: number; status: string }> };
    expect(manifest.outputs.map((o) => o.path).sort()).toEqual(readdirSync(out).map((f) => join(out, f)).sort());
    const index = manifest.outputs.find((o) => o.path.endsWith('index.html'));
    expect(index).toMatchObject({ kind: 'html', status: 'rebuilt', bytes: readFileSync(join(out, 'index.html')).length });
  });
});

describe('serve', () => {
  it('adds the reload script to the served copy only, allowed by the page policy by its hash', async () => {
    const out = join(tmp, 'served');
    await runCli(['build', sequence, '-f', 'html', '-o', out, '--no-cache']);
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(/<script/i);
    const page = withReload(readFileSync(join(out, 'phase-6.html'), 'utf8'));
    expect(page).toMatch(/<script>new EventSource\("\/__phase-report\/events"\)\.onmessage = \(\) => location\.reload\(\);<\/script><\/body>/);
    expect(page).toMatch(/content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/]+=*'; connect-src 'self'"/);
  });
});

describe('doctor', () => {
  it('says what is missing and how to fix it, exit 1', async () => {
    const run = await runCli(['doctor', '--browser', '/nonexistent/chrome'], { cwd: tmp });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^missing {2}browser {6}The browser path \/nonexistent\/chrome is not an executable file\. Install one with/m);
    expect(run.stdout).toMatch(/^(ok|missing) +emoji font /m);
    expect(run.stdout).toMatch(/^(ok|missing) +poppler /m);
  });
});
