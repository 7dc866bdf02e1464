import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';

const require = createRequire(import.meta.url);
const trigger = (rule: string) => `fixtures/lint/${rule}/trigger.md`;
const clean = (rule: string) => `fixtures/lint/${rule}/clean.md`;

describe('phase-report lint', () => {
  it('prints file:line:col  severity  message  rule-id and counts by severity; exit 1 on an error-level finding', async () => {
    const run = await runCli(['lint', trigger('count-mismatch')]);
    expect(run.code).toBe(1);
    // line 8 "### Blocking Defects (5 Critical)", line 15 "Found 4 open gaps:"
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      `${trigger('count-mismatch')}:8:1  error  "Blocking Defects (5 Critical)" states 5 but 3 items are listed under it (lines 9-11)  count-mismatch`,
      `${trigger('count-mismatch')}:15:1  error  "Found 4 open gaps" states 4 but 2 items are listed under it (lines 16-17)  count-mismatch`,
    ]);
    expect(run.stderr).toBe('2 findings (2 errors, 0 warnings, 0 infos)\n');
  });

  it('exits 0 when only warnings fire, and when nothing fires', async () => {
    const warned = await runCli(['lint', trigger('conflicting-verdicts')]);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/:4:1 {2}warning {2}.*conflicting-verdicts\n$/);
    const silent = await runCli(['lint', clean('count-mismatch'), clean('claimed-pass')]);
    expect(silent).toEqual({ code: 0, stdout: '', stderr: '0 findings (0 errors, 0 warnings, 0 infos)\n' });
  });

  it('takes rule severities from the config file and --only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-config-'));
    const config = join(dir, 'lint.json');
    writeFileSync(config, JSON.stringify({ lint: { rules: { 'count-mismatch': 'warning', 'dates-out-of-order': 'off' } } }));
    const downgraded = await runCli(['lint', '--config', config, trigger('count-mismatch'), trigger('dates-out-of-order')]);
    expect(downgraded.code).toBe(0);
    expect(downgraded.stderr).toBe('2 findings (0 errors, 2 warnings, 0 infos)\n');
    const only = await runCli(['lint', '--only', 'dates-out-of-order', trigger('count-mismatch'), trigger('dates-out-of-order')]);
    expect(only.stdout.split('\n').filter(Boolean).map((l) => l.split('  ').at(-1))).toEqual(['dates-out-of-order', 'dates-out-of-order', 'dates-out-of-order']);
  });

  it('rejects an unknown rule in the config file with a one-line usage error naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-config-'));
    const config = join(dir, 'bad.json');
    writeFileSync(config, JSON.stringify({ lint: { rules: { 'no-such-rule': 'off' } } }));
    const run = await runCli(['lint', '--config', config, trigger('count-mismatch')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^phase-report: .*bad\.json: invalid config: lint\.rules\.no-such-rule: unknown lint rule; known: count-mismatch, /);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('names an unreadable file, lints the others and exits 1', async () => {
    const run = await runCli(['lint', 'no/such/report.md', clean('arithmetic')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^phase-report: no\/such\/report\.md: /);
  });

  it('writes JSON with every cited line', async () => {
    const run = await runCli(['lint', '--format', 'json', trigger('issue-status-conflict')]);
    const body = JSON.parse(run.stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string; citations: Array<{ position: { line: number } }> }> }>; counts: Record<string, number> };
    expect(body.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(body.files[0]?.findings[0]?.citations.map((c) => c.position.line)).toEqual([6, 10]);
  });

  it('writes SARIF 2.1.0 that validates against the published schema', async () => {
    const files = ['count-mismatch', 'verdict-vs-evidence', 'arithmetic', 'dates-out-of-order'].map(trigger);
    const run = await runCli(['lint', '--format', 'sarif', ...files]);
    const log = JSON.parse(run.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>; relatedLocations?: unknown[] }> }> };
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;
    // unicodeRegExp off: the published schema's language pattern is not valid in unicode mode
    const ajv = new Ajv04Module.default({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...log, version: '2.0.0' }), 'the schema check can fail').toBe(false);
    expect(log.version).toBe('2.1.0');
    const first = log.runs[0]?.results[0];
    expect(first?.ruleId).toBe('count-mismatch');
    expect(first?.level).toBe('error');
    expect(first?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'fixtures/lint/count-mismatch/trigger.md' }, region: { startLine: 8, startColumn: 1 } });
    // the three listed items and the restatement on line 20 are related locations
    expect(first?.relatedLocations).toHaveLength(4);
  });
});

describe('phase-report lint on a folder', () => {
  it('lints every *.md report directly inside it, in name order', async () => {
    const run = await runCli(['lint', '--only', 'dates-out-of-order', 'fixtures/lint/dates-out-of-order']);
    expect(run.code).toBe(1);
    // trigger.md: lines 5, 5 and 6 (see rules.test.ts); clean.md: none
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split('  ')[0])).toEqual([
      'fixtures/lint/dates-out-of-order/trigger.md:5:1',
      'fixtures/lint/dates-out-of-order/trigger.md:5:1',
      'fixtures/lint/dates-out-of-order/trigger.md:6:1',
    ]);
  });
});
