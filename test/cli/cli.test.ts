import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

const fixture = join(repoRoot, 'fixtures', 'sequence', 'phase-6.md');

describe('phase-report parse / check / schema', () => {
  it('check prints file:line:col  message  rule-id, a count on stderr, and exits 0 on warnings only', async () => {
    const run = await runCli(['check', '-'], { stdin: `# Deep\n\n${'- '.repeat(50)}x\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<stdin>:3:1 {2}Nesting deeper .+ {2}nesting-too-deep$/m);
    expect(run.stderr).toBe('1 problem (0 errors, 1 warnings, 0 infos)\n');
  });

  it('rejects unknown options and formats with a usage exit code', async () => {
    const run = await runCli(['parse', '--nope', fixture]);
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
