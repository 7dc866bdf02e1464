import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/lint/lint.js';
import { newFindings, newFindingsMarkdown } from '../../src/lint/newFindings.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

const fixture = (rule: string, file: string) => join(repoRoot, 'fixtures', 'lint', rule, file);
const lintOf = (path: string) => lint(parse(readFileSync(path, 'utf8'), { path }));

describe('new lint findings in the pull-request markdown', () => {
  it('lists what the newer report has and the older had not, with the lines', () => {
    const older = lintOf(fixture('count-mismatch', 'clean.md'));
    const newer = lintOf(fixture('count-mismatch', 'trigger.md'));
    expect(newFindings(older, newer).map((f) => f.position.line)).toEqual([8, 15]);
    expect(newFindingsMarkdown(older, newer)).toBe(
      '### New lint findings\n\n' +
      '- **error** "Blocking Defects (5 Critical)" states 5 but 3 items are listed under it (lines 9-11) `count-mismatch` (L8 L9 L10 L11 L20)\n' +
      '- **error** "Found 4 open gaps" states 4 but 2 items are listed under it (lines 16-17) `count-mismatch` (L15 L16 L17)\n',
    );
  });

  it('does not list a finding again when only its lines moved', () => {
    const newer = lintOf(fixture('conflicting-verdicts', 'trigger.md'));
    const moved = newer.map((f) => ({ ...f, message: f.message.replace('line 4', 'line 6') }));
    expect(newFindings(moved, newer)).toEqual([]);
    expect(newFindingsMarkdown(moved, newer)).toBe('### New lint findings\n\nNone: every lint finding of the newer report was already in the older one (1 in all).\n');
  });

  it('is appended to the diff comment that `diff --format md` writes', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lint-pr-'));
    const run = await runCli(['diff', '--format', 'md', '--out', out, fixture('count-mismatch', 'clean.md'), fixture('count-mismatch', 'trigger.md')]);
    expect(run.code).toBe(0);
    const [file] = readdirSync(out).filter((f) => f.endsWith('.md'));
    const md = readFileSync(join(out, file ?? ''), 'utf8');
    expect(md.startsWith('## Phase diff:')).toBe(true);
    expect(md).toContain('\n### New lint findings\n\n- **error** "Blocking Defects (5 Critical)" states 5');
  });

  it('--fail-on lint-error fails the run after writing, naming the finding', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lint-fail-'));
    const run = await runCli(['render', '--out', out, '--fail-on', 'lint-error', fixture('count-mismatch', 'trigger.md')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/phase-report: --fail-on lint-error: .*trigger\.md:8: "Blocking Defects \(5 Critical\)" states 5 .*\(count-mismatch\)/);
    expect(readdirSync(out)).toContain('trigger.html');
    const clean = await runCli(['render', '--out', out, '--fail-on', 'lint-error', fixture('conflicting-verdicts', 'trigger.md')]);
    expect(clean.code).toBe(0);
  });
});

describe('new lint findings block when the newer report is clean', () => {
  it('says so in one line', () => {
    expect(newFindingsMarkdown(lintOf(fixture('count-mismatch', 'trigger.md')), [])).toBe('### New lint findings\n\nNone: the newer report shows no contradiction.\n');
  });
});
