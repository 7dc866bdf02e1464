import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../src/render/index.js';

const html = (markdown: string, options = {}): string => String(markdownToHtml(markdown, options).html);

describe('markdownToHtml', () => {
  it('renders GFM: tables, task lists, strikethrough, autolinks', () => {
    const out = html('| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\n~~gone~~ https://example.com');
    expect(out).toContain('<table');
    expect(out).toContain('<td>1</td>');
    expect(out).toMatch(/<input type="checkbox" checked disabled>/);
    expect(out).toContain('<del>gone</del>');
    expect(out).toContain('<a href="https://example.com">https://example.com</a>');
  });

  it('anchors every source line that starts a block or a soft-wrapped line, offset by firstLine', () => {
    const result = markdownToHtml('**A**: one\n**B**: two\nthree\n\n- item\n- item two', { firstLine: 10 });
    const out = String(result.html);
    expect(result.lines).toEqual([10, 11, 12, 14, 15]);
    expect(out).toContain('<p id="L10">');
    expect(out).toContain('<strong id="L11">B</strong>');
    expect(out).toContain('<span id="L12" class="line-anchor"></span>three');
    expect(out).toContain('<ul id="L14">');
    expect(out).toContain('<li id="L15">item two</li>');
  });

  it('drops raw HTML, scripts and event handlers', () => {
    const out = html('a <script>alert(1)</script> <b onclick="x()">b</b>\n\n<div onmouseover="y()">div</div>\n\n<iframe src="https://e.example"></iframe>');
    expect(out).not.toMatch(/<script|<iframe|onclick|onmouseover|<div/i);
  });

  it('removes javascript: and data: link targets but keeps the link text', () => {
    const out = html('[a](javascript:alert(1)) [b](data:text/html,x) [c](https://ok.example/)');
    expect(out).not.toMatch(/javascript:|data:/i);
    expect(out).toContain('<a>a</a>');
    expect(out).toContain('<a href="https://ok.example/">c</a>');
  });

  it('replaces images (remote or local) by their alt text and makes no request', () => {
    const out = html('![chart of results](https://evil.example/x.png) ![](./local.png)');
    expect(out).not.toMatch(/<img|evil\.example|local\.png/);
    expect(out).toContain('<span class="image-alt" title="image not embedded">[image: chart of results]</span>');
    expect(out).toContain('[image]');
  });

  it('scopes footnote ids to the fragment so two sections never share an id', () => {
    const a = html('Text[^1].\n\n[^1]: note', { idPrefix: 'one' });
    const b = html('Text[^1].\n\n[^1]: note', { idPrefix: 'two' });
    expect(a).toContain('href="#fn-one-fn-1"');
    expect(a).toContain('id="fn-one-fn-1"');
    expect(a).toContain('id="fn-one-footnote-label"');
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id?.startsWith('L'));
    expect(ids(a).filter((id) => ids(b).includes(id))).toEqual([]);
  });

  it('drops YAML front matter (its fields are in meta)', () => {
    expect(html('---\ntitle: x\n---\n\nbody')).toBe('<p id="L5">body</p>');
  });

  it('is deterministic', () => {
    const text = '# h\n\npara[^n]\n\n[^n]: x\n\n| a |\n|---|\n| b |';
    expect(html(text, { idPrefix: 'p' })).toBe(html(text, { idPrefix: 'p' }));
  });
});
