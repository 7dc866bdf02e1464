import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PhaseReportError } from '../../src/errors.js';
import { printPdfs } from '../../src/pdf/index.js';
import { runCli } from '../helpers/runCli.js';

/**
 * Browsers that exit, hang, or ignore SIGTERM, written by the test as small
 * shell scripts. Each records its pid and arguments, so the test can check
 * that no process and no profile folder is left (issue 11, cases 2 and 7).
 */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-stubs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function stub(name: string, body: string): { path: string; record: string } {
  const path = join(folder, name);
  const record = join(folder, `${name}.record`);
  writeFileSync(path, `#!/bin/sh\necho "$$ $*" > '${record}'\n${body}\n`);
  chmodSync(path, 0o755);
  return { path, record };
}

/** Running (a zombie waiting for init to reap it counts as ended). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** pid and --user-data-dir of the stub's run. */
function recorded(record: string): { pid: number; profile: string } {
  const [pid = '0', ...args] = readFileSync(record, 'utf8').trim().split(' ');
  const profile = args.find((a) => a.startsWith('--user-data-dir='))?.slice('--user-data-dir='.length) ?? '';
  return { pid: Number(pid), profile };
}

async function launchWith(path: string, options: { launchTimeoutMs?: number; signal?: AbortSignal } = {}): Promise<{ error: unknown; ms: number }> {
  const outPath = join(folder, 'never.pdf');
  const started = performance.now();
  const error = await printPdfs([{ html: '<p>x</p>', outPath, title: 'x' }], { executablePath: path, ...options }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(existsSync(outPath)).toBe(false);
  return { error, ms: performance.now() - started };
}

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 40 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

describe('stub browsers', () => {
  it('one that exits at once: a browser error at once, nothing left', async () => {
    const exiting = stub('exits', 'exit 1');
    const { error, ms } = await launchWith(exiting.path);
    expect(error).toBeInstanceOf(PhaseReportError);
    expect((error as PhaseReportError).code).toBe('browser');
    expect((error as PhaseReportError).message).toMatch(/^Could not start the browser .*exits: /);
    expect(ms).toBeLessThan(10_000);
    expect(existsSync(dirname(recorded(exiting.record).profile))).toBe(false);
  });

  it('one that never answers: killed at the launch deadline, saying the time really waited', async () => {
    const hanging = stub('hangs', 'sleep 60');
    const { error, ms } = await launchWith(hanging.path, { launchTimeoutMs: 1500 });
    expect((error as PhaseReportError).code).toBe('browser');
    expect((error as PhaseReportError).message).toMatch(/did not start: no answer after \d+ ms \(limit 1500 ms\); it was killed\.$/);
    expect(ms).toBeLessThan(10_000);
    const { pid, profile } = recorded(hanging.record);
    expect(await gone(pid)).toBe(true);
    expect(existsSync(dirname(profile))).toBe(false);
  });

  it('one that ignores SIGTERM (and its child sleeps on): the whole process group is killed', async () => {
    const stubborn = stub('ignores-term', `trap '' TERM\nsleep 60 &\necho $! > '${folder}/child.pid'\nwait`);
    const { error, ms } = await launchWith(stubborn.path, { launchTimeoutMs: 1500 });
    expect((error as PhaseReportError).code).toBe('browser');
    expect(ms).toBeLessThan(10_000);
    expect(await gone(recorded(stubborn.record).pid)).toBe(true);
    expect(await gone(Number(readFileSync(join(folder, 'child.pid'), 'utf8')))).toBe(true);
    expect(existsSync(dirname(recorded(stubborn.record).profile))).toBe(false);
  });

  it('a signal while the browser starts stops the run within a second, nothing left', async () => {
    const hanging = stub('hangs-abort', 'sleep 60');
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped by SIGINT')), 800);
    const { error, ms } = await launchWith(hanging.path, { launchTimeoutMs: 30_000, signal: controller.signal });
    expect((error as PhaseReportError).message).toMatch(/interrupted/);
    expect(ms).toBeLessThan(800 + 1000 + 1500);
    expect(await gone(recorded(hanging['record']).pid)).toBe(true);
    expect(existsSync(dirname(recorded(hanging.record).profile))).toBe(false);
  });

  it('the CLI: exit 5 with a one-line message naming the browser, the HTML still written', async () => {
    const exiting = stub('cli-exits', 'exit 3');
    const out = join(folder, 'cli-out');
    writeFileSync(join(folder, 'r.md'), '# Phase 1 Report\n\nText.\n');
    // --no-cache: a PDF of the same HTML printed by an earlier run would be copied from the cache, needing no browser
    const run = await runCli(['render', join(folder, 'r.md'), '-f', 'html,pdf', '--browser', exiting.path, '--out', out, '--no-cache']);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^phase-report: Could not start the browser \S+cli-exits: .+\n$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'r.html'))).toBe(true);
    expect(existsSync(join(out, 'r.pdf'))).toBe(false);
  });
});
