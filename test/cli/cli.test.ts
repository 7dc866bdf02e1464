import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { runCli } from '../helpers/runCli.js';
import { seedPath } from '../helpers/paths.js';

describe('phase-report parse / check / schema', () => {
  it('prints the model of a report as JSON that validates against the schema', async () => {
    const run = await runCli(['parse', seedPath]);
    expect(run.code).toBe(0);
    const model: unknown = JSON.parse(run.stdout);
    expect(validateReport(model).ok).toBe(true);
    expect(run.stdout.split('\n')).toHaveLength(2);
    const pretty = await runCli(['parse', '--pretty', seedPath]);
    expect(JSON.parse(pretty.stdout)).toEqual(model);
    expect(pretty.stdout.split('\n').length).toBeGreaterThan(100);
  });

  it('prints an array for several files and a digest with --summary', async () => {
    const many = await runCli(['parse', seedPath, seedPath]);
    expect(JSON.parse(many.stdout)).toHaveLength(2);
    const summary = await runCli(['parse', '--summary', seedPath]);
    expect(summary.stdout).toMatch(/Phase 6 Orchestration - Initial Assessment Report \(phase 6\)/);
    expect(summary.stdout).toMatch(/^ {2}risks {5}/m);
  });

  it('check prints file:line:col  message  rule-id, a count on stderr, and exits 0 on warnings only', async () => {
    const run = await runCli(['check', '-'], { stdin: `# Deep\n\n${'- '.repeat(50)}x\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<stdin>:3:1 {2}Nesting deeper .+ {2}nesting-too-deep$/m);
    expect(run.stderr).toBe('1 problem (0 errors, 1 warnings, 0 infos)\n');
  });

  it('rejects unknown options and formats with a usage exit code', async () => {
    const run = await runCli(['parse', '--nope', seedPath]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option '--nope'/);
  });

  it('schema prints the JSON Schema of the model', async () => {
    const run = await runCli(['schema']);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toMatch(/2020-12/);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['meta', 'metrics', 'gates', 'issues', 'risks', 'actions', 'criteria', 'steps', 'verdict', 'tables', 'diagnostics']));
  });
});
