/** CLI runs on the seed report and corpus reports (../shared): moved from test/cli/outputs.test.ts. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PhaseDiff } from '../../src/model/diffSchema.js';
import { Evaluation } from '../../src/model/evaluation.js';
import { validateReport } from '../../src/model/validateReport.js';
import { corpusDir, seedPath } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// An HTML-only run must not load puppeteer: loading it here flips the flag.
const puppeteer = vi.hoisted(() => ({ loaded: false }));
vi.mock('puppeteer-core', () => {
  puppeteer.loaded = true;
  return { default: {} };
});

const tmp = mkdtempSync(join(tmpdir(), 'phase-report-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dir = (name: string) => join(tmp, name);
const read = (path: string) => readFileSync(path, 'utf8');
const phase6Initial = join(corpusDir, 'artifacts_phase6-orchestration-initial-assessment.md');
const phase6Final = join(corpusDir, 'artifacts_phase6-orchestration-final.md');

describe('render on the seed', () => {
  it('writes HTML without loading puppeteer, markdown, the model as JSON and its evaluation', async () => {
    const out = dir('render');
    const run = await runCli(['render', seedPath, '--format', 'html,md,json', '--out', out]);
    expect(run.code).toBe(0);
    expect(puppeteer.loaded).toBe(false);
    const base = join(out, '000_718d4ae93b8ae2e4');
    expect(read(`${base}.html`)).toContain('Phase 6 Orchestration - Initial Assessment Report');
    expect(read(`${base}.md`)).toMatch(/Test Success Rate/);
    expect(validateReport(JSON.parse(read(`${base}.json`))).ok).toBe(true);
    const evaluation = Evaluation.parse(JSON.parse(read(`${base}.evaluation.json`)));
    expect(evaluation.decision).toBe('no-go');
    expect(run.stderr).toContain('wrote ');
  });

  it('--fail-on no-go exits 1 after writing every output', async () => {
    const out = dir('fail-no-go');
    const run = await runCli(['render', seedPath, '--out', out, '--fail-on', 'no-go']);
    expect(run.code).toBe(1);
    expect(existsSync(join(out, '000_718d4ae93b8ae2e4.html'))).toBe(true);
    expect(run.stderr).toMatch(/--fail-on no-go: .*NO-GO/);
  });
});

describe('diff on the corpus', () => {
  it('diff writes a typed PhaseDiff and a pull-request comment; --fail-on new-blocker fires after writing', async () => {
    const out = dir('diff');
    const run = await runCli(['diff', phase6Initial, phase6Final, '-f', 'md,json,html', '-o', out, '--fail-on', 'new-blocker,regression']);
    const name = 'artifacts_phase6-orchestration-initial-assessment--artifacts_phase6-orchestration-final.diff';
    const change = PhaseDiff.parse(JSON.parse(read(join(out, `${name}.json`))));
    expect(change.verdict.newer?.value).toBe('AUTHORIZE IMMEDIATE AGENT DEPLOYMENT'); // line 206, the last recommendation
    expect(change.issues.find((i) => i.title.includes('API_TIMEOUT_SECONDS'))?.kind).toBe('resolved');
    const comment = read(join(out, `${name}.md`));
    expect(comment.length).toBeLessThanOrEqual(65_000);
    expect(existsSync(join(out, `${name}.html`))).toBe(true);
    const fired = change.issues.some((i) => (i.kind === 'new' || i.kind === 'reopened') && i.newer?.status !== 'resolved' && ['blocking', 'critical'].includes(i.newer?.severity ?? ''));
    expect(run.code).toBe(fired ? 1 : 0);
  });
});
