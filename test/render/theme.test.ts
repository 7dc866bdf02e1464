import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { afterEach, describe, expect, it } from 'vitest';
import { PhaseReportError } from '../../src/errors.js';
import { createTheme, loadTheme, readThemeDir, renderPage, renderReportHtml } from '../../src/render/index.js';
import { repoRoot } from '../helpers/paths.js';
import { sampleReport } from './factory.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A user template folder holding the given files. */
async function userFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'phase-report-theme-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

/** The PhaseReportError a promise or function rejects/throws with. */
async function failure(run: () => unknown): Promise<PhaseReportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PhaseReportError) return error;
    throw error;
  }
  throw new Error('expected a PhaseReportError');
}

describe('loadTheme (default theme)', () => {
  it('has the layout, the report and index pages and the named partials', async () => {
    const theme = await loadTheme();
    expect([...theme.pages.keys()].sort()).toEqual(expect.arrayContaining(['index', 'report']));
    for (const name of ['cover', 'toc', 'glance', 'gates', 'issues', 'risks', 'actions', 'steps', 'criteria', 'evaluation', 'body', 'section', 'source-link']) {
      expect(theme.partials).toContain(name);
      expect(theme.partials).toContain(`default/${name}`);
    }
    expect(theme.css).toContain('@media print');
    expect(theme.css).toContain('prefers-color-scheme: dark');
  });

  it('registers helpers and partials in its own environment, never in the global Handlebars', async () => {
    await loadTheme();
    expect(Handlebars.helpers['badge']).toBeUndefined();
    expect(Handlebars.partials['gates']).toBeUndefined();
  });
});

describe('user template folder', () => {
  it('overrides a partial by name', async () => {
    const theme = await loadTheme(await userFolder({ 'partials/gates.hbs': '<div class="my-gates">{{len gates}} gates: {{#each gates}}{{criterion}};{{/each}}</div>' }));
    const html = renderReportHtml(sampleReport(), theme);
    expect(html).toContain('<div class="my-gates">3 gates: Test Success Rate;Security Score;Integration Health;</div>');
    expect(html).not.toContain('<table class="gates">');
  });

  it('overrides the whole layout', async () => {
    const theme = await loadTheme(await userFolder({ 'layout.hbs': '<!DOCTYPE html><html><head><title>{{title}} (custom)</title></head><body class="custom-{{page}}">{{content}}</body></html>' }));
    const html = renderReportHtml(sampleReport(), theme);
    expect(html.startsWith('<!DOCTYPE html><html><head><title>Phase 6 Orchestration - Sample Report (custom)</title></head><body class="custom-report">')).toBe(true);
    expect(html).not.toContain('<style>');
    expect(html).toContain('<header class="cover">');
  });

  it('can wrap a bundled partial it overrides (default/<name>)', async () => {
    const theme = await loadTheme(await userFolder({ 'partials/gates.hbs': '<div class="wrapped">{{> default/gates}}</div>' }));
    const html = renderReportHtml(sampleReport(), theme);
    expect(html).toMatch(/<div class="wrapped"><section class="part" id="pr-gates">[\s\S]*<table class="gates">/);
  });

  it('adds pages, partials and stylesheets; a stylesheet of the same name replaces the bundled one', async () => {
    const theme = await loadTheme(
      await userFolder({
        'pages/hello.hbs': '<p>{{> greeting}}</p>',
        'partials/greeting.hbs': 'Hello {{name}}',
        'css/30-brand.css': '.brand { color: teal; }',
        'css/20-print.css': '/* no print styles */',
        'README.md': 'not a template',
      }),
    );
    const html = renderPage(theme, 'hello', { title: 'Hi', name: '<World>' } as { title: string });
    expect(html).toContain('<p>Hello &lt;World&gt;</p>');
    expect(html).toContain('.brand { color: teal; }');
    expect(html.indexOf('css/10-base.css')).toBeLessThan(html.indexOf('css/30-brand.css'));
    expect(html).toContain('/* no print styles */');
    expect(html).not.toContain('@page');
    expect(theme.files.has('README.md')).toBe(false);
  });

  it('fails with a template error when the folder does not exist', async () => {
    const error = await failure(() => loadTheme(join(tmpdir(), 'phase-report-no-such-folder-7f3a')));
    expect(error.code).toBe('template');
    expect(error.file).toContain('phase-report-no-such-folder-7f3a');
  });
});

describe('template errors', () => {
  it('a missing partial is an error naming the partial, the template file and the line', async () => {
    const dir = await userFolder({ 'partials/gates.hbs': '<div>\n  {{> gate-row}}\n</div>' });
    const error = await failure(() => loadTheme(dir));
    expect(error.code).toBe('template');
    expect(error.message).toContain('"gate-row"');
    expect(error.file).toBe(join(dir, 'partials/gates.hbs'));
    expect(error.line).toBe(2);
    expect(error.format()).toBe(`${join(dir, 'partials/gates.hbs')}:2: ${error.message}`);
    expect(error.exitCode).toBe(4);
  });

  it('a partial named at run time that does not exist is an error, not an empty string', async () => {
    const theme = await loadTheme(await userFolder({ 'partials/gates.hbs': '{{> (lookup parts.gates "title")}}' }));
    const error = await failure(() => renderReportHtml(sampleReport(), theme));
    expect(error.code).toBe('template');
    expect(error.message).toContain('Quality gates');
    expect(error.file).toMatch(/partials[/\\]gates\.hbs$/);
  });

  it('a syntax error names the file and line', async () => {
    const dir = await userFolder({ 'partials/issues.hbs': '<ul>\n{{#each issues.items}}\n<li>{{title}}</li>\n{{/if}}\n</ul>' });
    const error = await failure(() => loadTheme(dir));
    expect(error.code).toBe('template');
    expect(error.message).toContain('partials/issues.hbs');
    expect(error.message).toMatch(/each doesn't match if/);
    expect(error.file).toBe(join(dir, 'partials/issues.hbs'));
    expect(error.line).toBe(2);
  });

  it('an unclosed block names the file and the line the parser stopped at', async () => {
    const dir = await userFolder({ 'layout.hbs': '<html>\n<body>\n{{#if title}}\n{{content}}' });
    const error = await failure(() => loadTheme(dir));
    expect(error.file).toBe(join(dir, 'layout.hbs'));
    expect(error.line).toBe(4);
    expect(error.message).toContain('Parse error');
  });

  it('a field the view does not have is an error naming the file and line (strict mode)', async () => {
    const dir = await userFolder({ 'partials/risks.hbs': '<section>\n<p>{{risks.totl}}</p>\n</section>' });
    const theme = await loadTheme(dir);
    const error = await failure(() => renderReportHtml(sampleReport(), theme));
    expect(error.code).toBe('template');
    expect(error.message).toContain('"totl" not defined');
    expect(error.file).toBe(join(dir, 'partials/risks.hbs'));
    expect(error.line).toBe(2);
  });

  it('an unknown helper is an error naming the file and line', async () => {
    const dir = await userFolder({ 'partials/steps.hbs': '\n\n{{shout parts.steps.title}}' });
    const error = await failure(async () => renderReportHtml(sampleReport(), await loadTheme(dir)));
    expect(error.message).toContain('"shout"');
    expect(error.line).toBe(3);
  });

  it('asking for a page the theme does not have is an error listing the pages', async () => {
    const theme = await loadTheme();
    const error = await failure(() => renderPage(theme, 'nope', { title: 'x' }));
    expect(error.code).toBe('template');
    expect(error.message).toContain('pages/nope.hbs');
    expect(error.message).toContain('report');
  });

  it('a theme without a layout is an error', () => {
    const error = (() => {
      try {
        createTheme([{ name: 'pages/report.hbs', file: '/x/pages/report.hbs', source: 'x' }]);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(PhaseReportError);
    expect((error as PhaseReportError).message).toContain('layout.hbs');
  });
});

describe('audit of the default theme and the trusted-HTML path', () => {
  const templatesDir = join(repoRoot, 'templates');

  it('no bundled template uses triple-stash: raw HTML only arrives as SafeStrings', async () => {
    for (const file of await readThemeDir(templatesDir)) {
      if (file.name.endsWith('.hbs')) expect(file.source, file.name).not.toContain('{{{');
    }
  });

  it('SafeString is constructed only in src/render/html/trustedHtml.ts', () => {
    const root = join(repoRoot, 'src');
    const offenders = readdirSync(root, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /new\s+(Handlebars\.)?SafeString\b/.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders.map((f) => f.split('\\').join('/'))).toEqual(['render/html/trustedHtml.ts']);
  });

  it('the stylesheets make no request: no url(), no @import', async () => {
    const theme = await loadTheme();
    expect(theme.css).not.toMatch(/url\(|@import/i);
  });
});

describe('field or helper', () => {
  it('{{name}} of a helper name is rejected at load, naming file and line, with the fix', async () => {
    const dir = await userFolder({ 'partials/source-link.hbs': '<a href="{{href}}">\n{{label}}</a>' });
    const error = await failure(() => loadTheme(dir));
    expect(error.code).toBe('template');
    expect(error.message).toContain('{{./label}}');
    expect(error.file).toBe(join(dir, 'partials/source-link.hbs'));
    expect(error.line).toBe(2);
  });

  it('{{./name}}, {{this.name}} and helper calls with arguments are fine', async () => {
    const theme = await loadTheme(await userFolder({ 'partials/source-link.hbs': '<a href="{{href}}" data-t="{{./title}}">{{this.title}} {{label "in-progress"}}</a>' }));
    expect(renderReportHtml(sampleReport(), theme)).toContain('<a href="#L27" data-t="line 27">line 27 In progress</a>');
  });
});

describe('the template guide example', () => {
  it('a branded theme (extra CSS, compact gates partial) renders as documented', async () => {
    const dir = await userFolder({
      'css/30-brand.css': ':root { --accent: #7b2cbf; }\n.cover { border-top-color: var(--accent); }',
      'partials/gates.hbs': [
        '<section class="part" id="{{parts.gates.id}}">',
        '  <h2>{{parts.gates.title}}: {{gateSummary.met}} of {{gateSummary.total}} met</h2>',
        '  <ul>',
        '    {{#each gates}}',
        '      <li>{{badge state}} {{criterion}}: {{current}} (target {{target}}) {{> source-link source}}</li>',
        '    {{/each}}',
        '  </ul>',
        '</section>',
      ].join('\n'),
    });
    const html = renderReportHtml(sampleReport(), await loadTheme(dir));
    expect(html).toContain('<h2>Quality gates: 1 of 3 met</h2>');
    expect(html).toContain('<li><span class="badge tone-bad">Not met</span> Test Success Rate: ~60% (target &gt;95%) <a class="src" href="#L27" title="Source: line 27">L27</a>');
    expect(html.indexOf('--accent: #7b2cbf')).toBeGreaterThan(html.indexOf('css/20-print.css'));
  });
});
