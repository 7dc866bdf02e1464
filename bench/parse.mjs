// Parse + extract time against bare remark-parse + remark-gfm on the same strings, in the same process.
// Rounds alternate the two so machine noise hits both alike; the figure is the ratio of medians.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from '../dist/index.js';
import { benchTexts, median } from './corpus.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const texts = benchTexts();
const bare = unified().use(remarkParse).use(remarkGfm);

function time(fn) {
  const start = process.hrtime.bigint();
  for (const { text } of texts) fn(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

for (let i = 0; i < 3; i++) {
  time((t) => bare.parse(t)); // warm-up
  time((t) => parse(t));
}
const bareTimes = [];
const oursTimes = [];
for (let i = 0; i < ROUNDS; i++) {
  bareTimes.push(time((t) => bare.parse(t)));
  oursTimes.push(time((t) => parse(t)));
}
const b = median(bareTimes);
const o = median(oursTimes);
const bytes = texts.reduce((n, { text }) => n + text.length, 0);
console.log(`parse: ${texts.length} reports, ${(bytes / 1024).toFixed(0)} KiB, ${ROUNDS} rounds`);
console.log(`  bare remark-parse + remark-gfm   ${b.toFixed(1)} ms per pass`);
console.log(`  phase-report parse (+ extract)   ${o.toFixed(1)} ms per pass`);
console.log(`  ratio ${(o / b).toFixed(3)}x  (extraction adds ${((o / b - 1) * 100).toFixed(1)}%; target <= 15%)`);
