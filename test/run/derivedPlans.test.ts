import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolveConfig.js';
import { loadTheme } from '../../src/render/index.js';
import { openDerived } from '../../src/run/derivedPlans.js';
import { loadReports } from '../../src/run/loadReports.js';
import { planBuild } from '../../src/run/planBuild.js';
import { openPool } from '../../src/run/pool/openPool.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * The histories, diffs and next drafts of a build are planned on the worker
 * pool before planBuild runs (prepare), so planBuild on the main thread only
 * assembles them: nothing is left for it to make, and the outputs are the
 * ones planBuild makes by itself. Two sequences: fixtures/sequence (phases
 * 4..7 of one project) and a case report of another project.
 */
describe('openDerived.prepare', () => {
  it('leaves no history, diff or next draft for planBuild to make, and changes no output', async () => {
    const folder = join(repoRoot, 'fixtures', 'sequence');
    const inputs = readdirSync(folder).sort().map((f) => ({ name: `reports/${f}`, text: readFileSync(join(folder, f), 'utf8') }));
    inputs.push({ name: 'reports/other.md', text: readFileSync(join(repoRoot, 'fixtures', 'cases', 'xss', 'input.md'), 'utf8') });
    const reports = loadReports(inputs).map((r) => ({ ...r, key: `key of ${r.name}` }));
    const theme = await loadTheme();
    const context = { config: resolveConfig({ failOn: ['regression'] }, {}, ['html', 'md']), cwd: repoRoot, env: {} };
    const derived = await openDerived(undefined, 'settings', '/out', reports);
    const pool = await openPool(theme, { workers: 1, tasks: 1 });
    await derived.prepare(pool, context.config, undefined);
    await pool.close();
    const made: string[] = [];
    const assembled = planBuild(reports, theme, context, {
      memo: (kind, inputs, make) => derived.memo(kind, inputs, () => {
        made.push(`${kind} ${inputs.map((r) => r.name).join(' ')}`);
        return make();
      }),
    });
    expect(made).toEqual([]);
    expect(assembled).toEqual(planBuild(reports, theme, context));
    // phases 4..7: 3 diffs, one history and a next draft; the lone other report: no history, its own next draft
    const paths = assembled.texts.map((t) => t.path);
    expect(paths.filter((p) => p.endsWith('.diff.html'))).toHaveLength(3);
    expect(paths.filter((p) => p.endsWith('.history.html'))).toHaveLength(1);
    expect(paths.filter((p) => p.endsWith('.next.md'))).toHaveLength(2);
  });
});
