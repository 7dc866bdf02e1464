/** Every real report of ../shared/corpus and every bundled fixture renders, and the pages keep their invariants. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { loadTheme, renderReportHtml, renderReportMarkdown } from '../../src/render/index.js';
import { corpusFiles, corpusText, repoRoot } from '../helpers/paths.js';

const sequenceDir = join(repoRoot, 'fixtures', 'sequence');
const inputs = [
  ...corpusFiles().map((name) => ({ name, text: () => corpusText(name) })),
  ...readdirSync(sequenceDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name: `sequence/${name}`, text: () => readFileSync(join(sequenceDir, name), 'utf8') })),
];

describe('corpus and fixtures', async () => {
  const theme = await loadTheme();

  it.each(inputs)('$name renders to a self-contained page and to markdown', ({ name, text }) => {
    const report = parse(text(), { path: name });
    const html = renderReportHtml(report, theme);
    expect(html).not.toMatch(/<script|<iframe|<img|\ssrc=|\son[a-z]+=|javascript:/i);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const idSet = new Set(ids);
    const dangling = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? '').filter((id) => !idSet.has(id));
    expect(dangling).toEqual([]);
    for (const section of report.sections) if (section.depth > 0) expect(idSet.has(section.id), section.id).toBe(true);
    const markdown = renderReportMarkdown(report);
    expect(markdown.startsWith('## ')).toBe(true);
  });
});
