// HTML render time per report over the corpus and fixtures, against parse time of the same reports
// in the same process. Writes the HTML to .tmp/bench-html/ for the PDF benchmark.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, loadTheme, parse, renderReportHtml } from '../dist/index.js';
import { benchTexts, median, root } from './corpus.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const texts = benchTexts();
const theme = await loadTheme();
const reports = texts.map(({ name, text }) => ({ name, report: parse(text, { path: name }) }));
const evaluations = reports.map(({ report }) => evaluate(report));

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const renderAll = () => reports.forEach(({ report }, i) => renderReportHtml(report, theme, { evaluation: evaluations[i] }));
const parseAll = () => texts.forEach(({ text }) => parse(text));
renderAll();
parseAll();
const renderTimes = [];
const parseTimes = [];
for (let i = 0; i < ROUNDS; i++) {
  parseTimes.push(time(parseAll));
  renderTimes.push(time(renderAll));
}
const r = median(renderTimes);
const p = median(parseTimes);
console.log(`render: ${reports.length} reports, ${ROUNDS} rounds`);
console.log(`  parse          ${(p / reports.length).toFixed(2)} ms per report`);
console.log(`  HTML render    ${(r / reports.length).toFixed(2)} ms per report  (${(r / p).toFixed(2)}x parse)`);

const dir = join(root, '.tmp', 'bench-html');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
reports.forEach(({ name, report }, i) => {
  writeFileSync(join(dir, `${String(i).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '_')}.html`), renderReportHtml(report, theme, { evaluation: evaluations[i] }));
});
console.log(`  wrote ${reports.length} HTML files to .tmp/bench-html/ for the PDF benchmark`);
