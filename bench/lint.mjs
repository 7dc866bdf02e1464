// Lint time against parse time on the same reports, in the same process: how much `phase-report lint`
// adds to parsing. Rounds alternate which goes first; the figure is the median of per-round ratios.
import { lint, parse } from '../dist/index.js';
import { benchTexts, median } from './corpus.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const texts = benchTexts();
const reports = texts.map(({ text, name }) => parse(text, { path: name }));

function time(fn) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const parseAll = () => { for (const { text, name } of texts) parse(text, { path: name }); };
const lintAll = () => { for (const report of reports) lint(report); };

for (let i = 0; i < 3; i++) { parseAll(); lintAll(); } // warm-up
const parseTimes = [];
const lintTimes = [];
const ratios = [];
for (let i = 0; i < ROUNDS; i++) {
  const lintFirst = i % 2 === 0;
  const l0 = lintFirst ? time(lintAll) : 0;
  const p = time(parseAll);
  const l = lintFirst ? l0 : time(lintAll);
  parseTimes.push(p);
  lintTimes.push(l);
  ratios.push(l / p);
}
const r = median(ratios);
const findings = reports.reduce((n, report) => n + lint(report).length, 0);
console.log(`lint: ${texts.length} reports, ${findings} findings, ${ROUNDS} rounds`);
console.log(`  phase-report parse   ${median(parseTimes).toFixed(1)} ms per pass`);
console.log(`  phase-report lint    ${median(lintTimes).toFixed(2)} ms per pass`);
console.log(`  lint adds ${(r * 100).toFixed(1)}% to parse time (median of ${ROUNDS} paired rounds); target <= 10%`);
