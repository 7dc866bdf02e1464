// `npm run bench:build`: the numbers of issue 9, ratios measured in one run on this machine.
// A copy of the corpus (../shared/corpus) and the fixtures goes to a temp project; then:
//   1. build (html + pdf) with an empty cache, 2. the same again (nothing changed),
//   3. one report changed (a metric value of a fixture; three changes, median and best),
//   4. an HTML-only build with no cache: CPU time / wall time (three runs, median and best).
// Steps 3 and 4 each wait for a quiet second first: other jobs share this machine's two cores.
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
// the command users run: the package's bin (the bundled CLI)
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['phase-report']);

/** Run the CLI under /usr/bin/time: wall, user+sys CPU seconds, and the --json manifest. */
function build(...args) {
  const timing = join(work, 'time.txt');
  const stdout = execFileSync('/usr/bin/time', ['-f', '%e %U %S', '-o', timing, process.execPath, bin, 'build', 'reports', '--quiet', '--json', ...args], { cwd: work, maxBuffer: 1 << 28 });
  const [wall, user, sys] = readFileSync(timing, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, manifest: JSON.parse(stdout.toString()) };
}
const written = (m) => m.outputs.filter((o) => o.written).map((o) => o.path.slice(join(work, 'out').length + 1));

/** CPU time and idle time of the whole machine so far (jiffies, /proc/stat). */
function cpuTimes() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), idle: (fields[3] ?? 0) + (fields[4] ?? 0) };
}

/** Wait (at most 2 minutes) for a second in which the cores were >= 85% idle: other jobs share this machine. */
function quietSecond() {
  for (let i = 0; i < 120; i++) {
    const a = cpuTimes();
    execFileSync('sleep', ['1']);
    const b = cpuTimes();
    const idle = (100 * (b.idle - a.idle)) / Math.max(1, b.total - a.total);
    if (idle >= 85) return `${idle.toFixed(0)}% idle`;
  }
  return 'never quiet';
}

const load = () => loadavg()[0].toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' ');
const first = build('-o', 'out');
const second = build('-o', 'out');
// change one metric value in one report (fixtures/sequence/phase-6.md line 17): its outputs, its two diffs and the history change;
// three times, to a new value each time (each a real change), each after a quiet second
const victim = 'fixture-phase-6.md';
const text = readFileSync(join(reports, victim), 'utf8');
const changes = [];
for (const value of ['94.5', '95.5', '96.5']) {
  const changedText = text.replace('**Test Success Rate**: from 84% to 93.5%', `**Test Success Rate**: from 84% to ${value}%`);
  if (changedText === text) throw new Error(`the metric line to change is not in ${victim}`);
  writeFileSync(join(reports, victim), changedText);
  const quiet = quietSecond();
  changes.push({ ...build('-o', 'out'), quiet, load: load() });
}
const htmls = [];
for (let i = 0; i < 3; i++) {
  const quiet = quietSecond();
  htmls.push({ ...build('-o', 'out-html', '-f', 'html', '--no-cache'), quiet, load: load() });
}
const third = changes[0];

const row = (what, figure, target) => console.log(`| ${what} | ${figure} | ${target} |`);
console.log(`\nload average before: ${loadBefore}; after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`\nbuild of ${count} reports (27 corpus + fixtures), html + pdf, ${first.manifest.outputs.length} outputs\n`);
console.log('| what | figure | target |\n|---|---|---|');
row('first build (empty cache)', `${first.wall.toFixed(1)} s wall`, '—');
row('second build, nothing changed', `${second.wall.toFixed(2)} s = ${((100 * second.wall) / first.wall).toFixed(1)}% of the first (CPU ${second.cpu.toFixed(2)} s), ${written(second.manifest).length} files written`, '≤ 10%');
const walls = changes.map((c) => c.wall);
row(`one report changed (${victim}), 3 changes`, `median ${median(walls).toFixed(2)} s wall, best ${Math.min(...walls).toFixed(2)} s (${changes.map((c) => `${c.wall.toFixed(2)} s, CPU ${c.cpu.toFixed(2)} s, load ${c.load}`).join('; ')}), ${changes.map((c) => written(c.manifest).length).join('/')} files written`, '≤ 2 s');
const ratios = htmls.map((h) => h.cpu / h.wall);
row('HTML-only build, no cache: CPU / wall, 3 runs', `median ${median(ratios).toFixed(2)}, best ${Math.max(...ratios).toFixed(2)} (${htmls.map((h) => `${h.cpu.toFixed(1)} s / ${h.wall.toFixed(1)} s, load ${h.load}`).join('; ')})`, '≥ 1.6');
console.log(`\nwritten after each change: ${written(third.manifest).join(', ')}`);
if (changes.some((c) => written(c.manifest).join() !== written(third.manifest).join())) console.log('(the three changes did not write the same files)');
rmSync(work, { recursive: true, force: true });
