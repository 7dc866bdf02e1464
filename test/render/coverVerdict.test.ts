import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml } from '../../src/render/index.js';
import { renderReportMarkdown } from '../../src/render/renderReportMarkdown.js';
import { repoRoot } from '../helpers/paths.js';

const read = (name: string) => readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8');

describe('the cover shows the statements that contradict the verdict, and the subtitle', () => {
  it('markdown: FAILED (line 30) is the verdict; the header CONDITIONAL GO (line 4) is also stated (fixtures/cases/verdict-statements)', () => {
    const out = renderReportMarkdown(parse(read('verdict-statements')));
    expect(out).toContain('**Verdict:** **❌ PHASE 4 LEDGER MIGRATION FAILED** (L30)');
    expect(out).toContain('**The report also states:** ⚠️ CONDITIONAL GO (L4)');
  });

  it('HTML: the subtitle under the title, no contradiction line when the statements agree (fixtures/cases/summary-signoff)', async () => {
    const html = renderReportHtml(parse(read('summary-signoff')), await loadTheme());
    expect(html).toContain('<p class="subtitle">Incremental Reindex and Query Latency Results</p>');
    expect(html).not.toContain('The report also states');
  });
});
