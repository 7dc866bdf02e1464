/** `parse` on the seed report (../shared/seeds): moved from test/cli/cli.test.ts. */
import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { runCli } from '../helpers/runCli.js';
import { seedPath } from '../helpers/paths.js';

describe('phase-report parse on the seed', () => {
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
});
