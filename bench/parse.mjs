// Parse + extract time against bare remark-parse + remark-gfm on the same strings, in the same process.
// Rounds alternate the two (which goes first alternates too) so machine noise hits both alike; the
// figure is the median of the per-round ratios, each taken from two back-to-back passes.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from '../dist/index.js';
import { readMarkdown } from '../dist/parse/readMarkdown.js';
import { benchTexts, median } from './corpus.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 31);
const texts = benchTexts();
const bare = unified().use(remarkParse).use(remarkGfm);

function time(fn) {
  globalThis.gc?.(); // start each pass with a clean heap, so one pass's garbage is not charged to the next
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
const ratios = [];
const readRatios = [];
for (let i = 0; i < ROUNDS; i++) {
  const first = i % 2 === 0;
  const ours = first ? time((t) => parse(t)) : 0;
  const b0 = time((t) => bare.parse(t));
  const o0 = first ? ours : time((t) => parse(t));
  bareTimes.push(b0);
  oursTimes.push(o0);
  ratios.push(o0 / b0);
  // the reading pass alone (no extraction), so what extraction itself adds is on record too
  readRatios.push(time((t) => readMarkdown(t)) / b0);
}
const b = median(bareTimes);
const o = median(oursTimes);
const r = median(ratios);
const sorted = [...ratios].sort((x, y) => x - y);
const bytes = texts.reduce((n, { text }) => n + text.length, 0);
console.log(`parse: ${texts.length} reports, ${(bytes / 1024).toFixed(0)} KiB, ${ROUNDS} rounds`);
console.log(`  bare remark-parse + remark-gfm   ${b.toFixed(1)} ms per pass`);
console.log(`  phase-report parse (+ extract)   ${o.toFixed(1)} ms per pass`);
const read = median(readRatios);
console.log(`  reading pass alone (readMarkdown: GFM without the literal-autolink transform, see src/parse/readMarkdown.ts) ${read.toFixed(3)}x bare; extraction adds ${((r / read - 1) * 100).toFixed(1)}% to it`);
console.log(`  ratio ${r.toFixed(3)}x median of ${ROUNDS} paired rounds (range ${sorted[0].toFixed(3)}-${sorted.at(-1).toFixed(3)}): parse + extract adds ${((r - 1) * 100).toFixed(1)}%; target <= 15%`);
