import { describe, expect, it } from 'vitest';
import { loadTheme, renderIndexHtml } from '../../src/render/index.js';

describe('renderIndexHtml', () => {
  it('lists every output with its kind, phase, decision and file links', async () => {
    const html = renderIndexHtml(await loadTheme(), [
      { title: 'Phase 6 report', kind: 'report', phase: '6', decision: 'no-go', files: { html: 'phase-6.html', pdf: 'phase-6.pdf', md: 'phase-6.md', json: 'phase-6.json' } },
      { title: 'Phase 5 → 6', kind: 'diff', files: { html: 'diff/5-6.html' } },
      { title: 'History', kind: 'history', files: { json: 'history.json' } },
    ], { title: 'Run outputs', timestamp: '2025-10-01T00:00:00Z' });
    expect(html).toContain('<title>Run outputs</title>');
    expect(html).toContain('3 outputs · generated 2025-10-01T00:00:00Z');
    expect(html).toContain('<th scope="row"><a href="phase-6.html">Phase 6 report</a></th>');
    expect(html).toContain('<span class="badge tone-bad">NO-GO</span>');
    expect(html).toContain('<a class="file" href="phase-6.html">HTML</a><a class="file" href="phase-6.pdf">PDF</a><a class="file" href="phase-6.md">Markdown</a><a class="file" href="phase-6.json">JSON</a>');
    expect(html).toContain('<th scope="row"><a href="diff/5-6.html">Phase 5 → 6</a></th>');
    expect(html).toContain('<td>Diff</td>');
    expect(html).toContain('<th scope="row"><a href="history.json">History</a></th>');
    expect(html).not.toMatch(/<script|src=/);
  });

  it('renders an empty run', async () => {
    expect(renderIndexHtml(await loadTheme(), [])).toContain('No outputs.');
  });

  it('drops links with unsafe schemes and encodes file names', async () => {
    const html = renderIndexHtml(await loadTheme(), [
      { title: 'x', kind: 'next', files: { html: ' javascript:alert(1)', pdf: 'C:\\out\\x.pdf', md: 'dir\\my report #1.md', json: 'https://example.com/r.json?x=1' } },
    ]);
    expect(html).not.toMatch(/javascript|C:/);
    expect(html).toContain('href="dir/my%20report%20%231.md"');
    expect(html).toContain('href="https://example.com/r.json?x&#x3D;1"');
  });
});
