import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { readMarkdown } from '../../src/parse/readMarkdown.js';
import { repoRoot } from '../helpers/paths.js';
import { unlinked } from '../helpers/unlinked.js';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const report = [
  '# Phase 3 Assessment',
  '',
  '**Status**: READY — see https://ci.example.com/runs/42 and www.example.org/status',
  '**Owner**: qa-team@example.com',
  '',
  '## Metrics',
  '',
  '- **Test Success Rate**: >95% (currently ~60%, https://dash.example.com/tests)',
  '- **Open Defects**: 12, tracked at www.example.org/bugs?q=open',
  '',
  '| Metric | Target | Current | Source |',
  '|---|---|---|---|',
  '| Coverage | 80% | 71% | https://cov.example.com |',
  '',
  '## Issues',
  '',
  '1. ❌ Flaky upload test (https://ci.example.com/t/9) — BLOCKED',
  '2. Mail alerts to ops@example.com bounce',
  '',
].join('\n');

describe('readMarkdown: the reading pass', () => {
  it('gives the full GFM tree but for where literal autolinks were found', () => {
    const texts = [report, ...readdirSync(join(repoRoot, 'fixtures', 'sequence')).map((f) => readFileSync(join(repoRoot, 'fixtures', 'sequence', f), 'utf8'))];
    for (const text of texts) expect(unlinked(readMarkdown(text), text)).toEqual(unlinked(full.parse(text), text));
  });

  it('reads a bare URL in a metric line as the same metric', () => {
    const rate = parse(report).metrics.find((m) => m.name === 'Test Success Rate');
    // source line 8: `>95% (currently ~60%, https://dash.example.com/tests)`
    expect(rate?.target?.value).toBe(95);
    expect(rate?.current?.value).toBe(60);
  });

  it('still reads YAML front matter', () => {
    const tree = readMarkdown('---\ntitle: Phase 4\n---\n\n# Phase 4\n');
    expect(tree.children[0]?.type).toBe('yaml');
  });
});
