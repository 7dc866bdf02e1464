// `npm run bench:build`: the numbers of issue 9, ratios measured in one run on this machine.
// A copy of the corpus (../shared/corpus) and the fixtures goes to a temp project; then:
//   1. build (html + pdf) with an empty cache, 2. the same again (nothing changed),
//   3. one report changed (a metric value of a fixture), 4. an HTML-only build with no cache: CPU time / wall time.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './corpus.mjs';

const work = mkdtempSync(join(tmpdir(), 'phase-report-bench-'));
const reports = join(work, 'reports');
mkdirSync(reports);
const corpus = join(root, '..', 'shared', 'corpus');
for (const f of readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md')) cpSync(join(corpus, f), join(reports, f));
for (const f of readdirSync(join(root, 'fixtures', 'sequence'))) cpSync(join(root, 'fixtures', 'sequence', f), join(reports, `fixture-${f}`));
for (const c of readdirSync(join(root, 'fixtures', 'cases'))) cpSync(join(root, 'fixtures', 'cases', c, 'input.md'), join(reports, `case-${c}.md`));
const count = readdirSync(reports).length;
const bin = join(root, 'dist', 'cli', 'bin.js');

/** Run the CLI under /usr/bin/time: wall, user+sys CPU seconds, and the --json manifest. */
function build(...args) {
  const timing = join(work, 'time.txt');
  const stdout = execFileSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timing, process.execPath, bin, 'build', 'reports', '--quiet', '--json', ...args], { cwd: work, maxBuffer: 1 << 28 });
  const [wall, user, sys] = readFileSync(timing, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, manifest: JSON.parse(stdout.toString()) };
}
const written = (m) => m.outputs.filter((o) => o.written).map((o) => o.path.slice(join(work, 'out').length + 1));

const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' ');
const first = build('-o', 'out');
const second = build('-o', 'out');
// change one metric value in one report (fixtures/sequence/phase-6.md line 17): its outputs, its two diffs and the history change
const victim = 'fixture-phase-6.md';
const text = readFileSync(join(reports, victim), 'utf8');
const changedText = text.replace('**Test Success Rate**: from 84% to 93.5%', '**Test Success Rate**: from 84% to 94.5%');
if (changedText === text) throw new Error(`the metric line to change is not in ${victim}`);
writeFileSync(join(reports, victim), changedText);
const third = build('-o', 'out');
const html = build('-o', 'out-html', '-f', 'html', '--no-cache');

const row = (what, figure, target) => console.log(`| ${what} | ${figure} | ${target} |`);
console.log(`\nload average before: ${loadBefore}; after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`\nbuild of ${count} reports (27 corpus + fixtures), html + pdf, ${first.manifest.outputs.length} outputs\n`);
console.log('| what | figure | target |\n|---|---|---|');
row('first build (empty cache)', `${first.wall.toFixed(1)} s wall`, '—');
row('second build, nothing changed', `${second.wall.toFixed(2)} s = ${((100 * second.wall) / first.wall).toFixed(1)}% of the first (CPU ${second.cpu.toFixed(2)} s), ${written(second.manifest).length} files written`, '≤ 10%');
row(`one report changed (${victim})`, `${third.wall.toFixed(2)} s wall (CPU ${third.cpu.toFixed(2)} s, browser included), ${written(third.manifest).length} files written`, '≤ 2 s');
row('HTML-only build, no cache: CPU / wall', `${(html.cpu / html.wall).toFixed(2)} (${html.cpu.toFixed(1)} s / ${html.wall.toFixed(1)} s)`, '≥ 1.6');
console.log(`\nwritten after the change: ${written(third.manifest).join(', ')}`);
rmSync(work, { recursive: true, force: true });
