import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// An HTML-only run must not load puppeteer: loading it here flips the flag.
const puppeteer = vi.hoisted(() => ({ loaded: false }));
vi.mock('puppeteer-core', () => {
  puppeteer.loaded = true;
  return { default: {} };
});

const tmp = mkdtempSync(join(tmpdir(), 'phase-report-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dir = (name: string) => join(tmp, name);
const read = (path: string) => readFileSync(path, 'utf8');
const sequence = join(repoRoot, 'fixtures', 'sequence');
const phase6 = join(sequence, 'phase-6.md');

describe('render', () => {
  it('takes a folder for the reports in it', async () => {
    const out = dir('render-folder');
    expect((await runCli(['render', sequence, '--out', out])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['phase-4.html', 'phase-5.html', 'phase-6.html', 'phase-7.html']);
  });

});

describe('history, next', () => {
  it('history orders a folder by phase and says so', async () => {
    const out = dir('history');
    const run = await runCli(['history', sequence, '-f', 'json,html', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^order: .*phase/m);
    const story = JSON.parse(read(join(out, 'history.json')));
    expect(story.reports.map((r: { phase: string }) => r.phase)).toEqual(['4', '5', '6', '7']);
  });

  it('next writes a draft that parses back, and renders it through the report template', async () => {
    const out = dir('next');
    const run = await runCli(['next', join(sequence, 'phase-7.md'), '--since', join(sequence, 'phase-6.md'), '-f', 'md,html', '-o', out]);
    expect(run.code).toBe(0);
    const draft = read(join(out, 'phase-7.next.md'));
    const model = parse(draft);
    expect(model.meta.phase?.number).toBe(8);
    expect(read(join(out, 'phase-7.next.html'))).toContain('<html');
  });
});

describe('build (the main job, HTML only here; PDFs are tested in test/run)', () => {
  it('writes every output and an index linking them, byte-identical on a second run', async () => {
    const [a, b] = [dir('build-a'), dir('build-b')];
    for (const out of [a, b]) expect((await runCli(['build', sequence, '-f', 'html', '-o', out])).code).toBe(0);
    const files = readdirSync(a).sort();
    expect(files).toEqual([
      'history.html', 'index.html',
      'phase-4--phase-5.diff.html', 'phase-4.html', 'phase-5--phase-6.diff.html', 'phase-5.html',
      'phase-6--phase-7.diff.html', 'phase-6.html', 'phase-7.html', 'phase-7.next.html', 'phase-7.next.md', 'phase-7.pdf'.replace('.pdf', '.html'),
    ].filter((f, i, all) => all.indexOf(f) === i).sort());
    for (const f of files) expect(read(join(b, f)), f).toBe(read(join(a, f)));
    const index = read(join(a, 'index.html'));
    for (const f of files.filter((f) => f !== 'index.html')) expect(index, f).toContain(`href="${f}"`);
    expect(puppeteer.loaded).toBe(false);
  });

  it('--timestamp stamps the outputs', async () => {
    const out = dir('build-stamp');
    await runCli(['build', sequence, '-f', 'html', '-o', out, '--timestamp']);
    expect(read(join(out, 'index.html'))).toMatch(/20\d\d-\d\d-\d\dT\d\d:\d\d/);
  });
});

describe('--fail-on over several reports judges the latest against the one before it', () => {
  it('history and next fire on phase 5 -> 6 (a reopened blocker, a regressed metric); build of 4..7 ends GO and passes', async () => {
    const [p5, p6] = [join(sequence, 'phase-5.md'), join(sequence, 'phase-6.md')];
    const history = await runCli(['history', join(sequence, 'phase-4.md'), p5, p6, '-o', dir('fail-history'), '--fail-on', 'regression,new-blocker']);
    expect(history.code).toBe(1);
    expect(history.stderr).toMatch(/--fail-on new-blocker: .*phase-5\.md -> .*phase-6\.md: reopened blocking issue "Settlement Batch Timeouts"/);
    expect(history.stderr).toMatch(/--fail-on regression: .*metric "Code Coverage" regressed/);
    expect(existsSync(join(dir('fail-history'), 'history.html'))).toBe(true);
    const next = await runCli(['next', p6, '--since', p5, '-o', dir('fail-next'), '--fail-on', 'no-go']);
    expect(next.code).toBe(1);
    expect(existsSync(join(dir('fail-next'), 'phase-6.next.md'))).toBe(true);
    const build = await runCli(['build', sequence, '-f', 'html', '-o', dir('fail-build'), '--fail-on', 'regression,new-blocker,no-go']);
    expect(build.code, build.stderr).toBe(0);
  });
});

describe('configuration and errors', () => {
  it('takes settings from the config file, flags win, unknown keys are rejected', async () => {
    const cwd = dir('config');
    const out = join(cwd, 'from-config');
    rmSync(cwd, { recursive: true, force: true });
    await runCli(['render', phase6, '-o', join(cwd, 'init')]); // creates the folder
    writeFileSync(join(cwd, 'phase-report.config.json'), JSON.stringify({ out: 'from-config', formats: ['md'] }));
    expect((await runCli(['render', phase6], { cwd })).code).toBe(0);
    expect(readdirSync(out)).toEqual(['phase-6.md']);
    expect((await runCli(['render', phase6, '-f', 'json'], { cwd })).code).toBe(0);
    expect(readdirSync(out)).toContain('phase-6.json');
    writeFileSync(join(cwd, 'phase-report.config.json'), JSON.stringify({ outt: 'x' }));
    const bad = await runCli(['render', phase6], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/phase-report\.config\.json: invalid config: .*outt/);
  });

  it('rejects an unknown format and a template error with their exit codes', async () => {
    const format = await runCli(['render', phase6, '-f', 'docx']);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/unknown format "docx"/);
    const templates = dir('bad-theme');
    rmSync(templates, { recursive: true, force: true });
    await runCli(['render', phase6, '-o', templates]);
    writeFileSync(join(templates, 'layout.hbs'), '<html>\n{{ broken }\n</html>\n');
    const broken = await runCli(['render', phase6, '-o', dir('bad-out'), '-t', templates]);
    expect(broken.code).toBe(4);
    expect(broken.stderr).toMatch(/layout\.hbs:2/);
  });

  it('an output folder that is a file is a clear error with exit code 7', async () => {
    const blocker = dir('blocker');
    writeFileSync(blocker, 'not a folder');
    const run = await runCli(['render', phase6, '-o', blocker]);
    expect(run.code).toBe(7);
    expect(run.stderr).toMatch(/^phase-report: .*blocker\/phase-6\.html: cannot be written: a part of the output folder is a file\n$/);
  });

  it('a browser that does not exist is a clear error with exit code 5 and no partial PDF', async () => {
    const out = dir('no-browser');
    // --no-cache: a PDF of this report printed by an earlier run would be copied from the cache, needing no browser
    const run = await runCli(['render', phase6, '-f', 'pdf', '-o', out, '--browser', '/nonexistent/chrome', '--no-cache']);
    expect(run.code).toBe(5);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/\/nonexistent\/chrome/);
    expect(existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp')) : []).toEqual([]);
  });
});
