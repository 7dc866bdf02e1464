import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadTheme, renderIndexHtml, renderReportHtml, renderReportMarkdown } from '../../src/render/index.js';
import { evaluationWithText, reportWithText } from './factory.js';

/** A string that is live HTML if it is not escaped, and says which field it came from. */
const marker = (field: string): string => `<xq title="${field}" onclick='alert(1)'>&amp;${field}</xq>`;
/** How handlebars escapes the start of a marker. */
const escapedStart = (field: string): string => `&lt;xq title&#x3D;&quot;${field}&quot; onclick&#x3D;&#x27;alert(1)&#x27;&gt;&amp;amp;${field}`;

/** Every field the default report page shows (meta.fields, diagnostics and units are data for other themes). */
const SHOWN = [
  'source.path', 'meta.title', 'meta.phase', 'meta.generated', 'meta.author.name', 'meta.author.role', 'meta.status', 'meta.nextUpdate',
  'sections.0.heading', 'sections.3.heading',
  'metric.name', 'metric.before.raw', 'metric.after.raw', 'metric.target.raw', 'metric.status',
  'gate.criterion', 'gate.target.raw', 'gate.current.raw',
  'issue.title', 'issue.detail', 'issue.category', 'issue.identifier',
  'risk.level', 'risk.title', 'risk.detail', 'risk.mitigation',
  'action.owner', 'action.title', 'action.status', 'task.text',
  'criterion.text', 'step.horizon', 'step.text', 'verdict.value', 'verdict.text',
  'evaluation.rule', 'evaluation.message',
];

describe('escaping', () => {
  it('every field of the model reaches the HTML escaped, and is shown', async () => {
    const html = renderReportHtml(reportWithText(marker), await loadTheme(), { evaluation: evaluationWithText(marker), timestamp: marker('timestamp') });
    expect(html).not.toContain('<xq');
    expect(html).not.toMatch(/<[^>]+\sonclick=/i);
    for (const field of [...SHOWN, 'timestamp']) expect(html, field).toContain(escapedStart(field));
  });

  it('escapes text inside SVG charts and attributes', async () => {
    const html = renderReportHtml(reportWithText(marker), await loadTheme());
    const svg = html.match(/<svg class="chart"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(svg).toContain(`<text class="chart-label" x="0" y="17">${escapedStart('risk.level')}`);
    expect(svg).not.toContain('<xq');
  });

  it('every field reaches the markdown as text, never as HTML or markdown syntax', () => {
    const out = renderReportMarkdown(reportWithText(marker), { evaluation: evaluationWithText(marker) });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(out);
    const html: string[] = [];
    visit(tree, 'html', (node) => void html.push(node.value));
    expect(html).toEqual([]);
    expect(out).toContain('\\<xq title="meta.title"');
    const notInMarkdown = /^(sections\.|metric\.|issue\.(category|identifier))/;
    for (const field of SHOWN.filter((f) => !notInMarkdown.test(f))) {
      expect(out, field).toContain(field);
    }
  });

  it('index entries are escaped and unsafe links dropped', async () => {
    const html = renderIndexHtml(await loadTheme(), [
      { title: marker('entry.title'), kind: 'report', phase: marker('entry.phase'), decision: 'no-go', files: { html: 'a b#c.html', pdf: 'javascript:alert(1)', md: 'JAVASCRIPT:x', json: 'r.json' } },
    ], { title: marker('index.title'), timestamp: marker('index.timestamp') });
    expect(html).not.toContain('<xq');
    for (const field of ['entry.title', 'entry.phase', 'index.title', 'index.timestamp']) expect(html, field).toContain(escapedStart(field));
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('href="a%20b%23c.html"');
    expect(html).toContain('href="r.json"');
  });
});
