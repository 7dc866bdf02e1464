// `npm run bench:scale`: parse + render time as the input doubles from 64 KB to 2 MB, for
// concatenated real reports (../shared/corpus when present, else fixtures/) and for each hostile
// pattern of issue 11. Linear means the time per MB stays flat: the check is time per MB at 2 MB
// <= 1.5x time per MB at 64 KB. CPU time of this process (the machine may be shared), best of
// BENCH_SCALE_ROUNDS runs per size (default 2; 1 at 1 MB and above).
import { loadTheme, parse, renderReportHtml } from '../dist/index.js';
import { benchTexts } from './corpus.mjs';

const KB = 1024;
const SIZES = [64, 128, 256, 512, 1024, 2048].map((k) => k * KB);
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 2);
const LIMIT = 1.5;

const real = benchTexts().map((t) => t.text).join('\n\n');
const PATTERNS = [
  { name: 'real reports', fill: (size) => fillLines(real, size) },
  ...[
    ["'1. - '", '# T\n', '1. - '],
    ["'-\\t'", '', '-\t'],
    ["'10. '", '', '10. '],
    ["'> - 1. '", '', '> - 1. '],
    ["'[^a]: '", '', '[^a]: '],
    ["'('", '# T\n\n', '('],
    ["']('", '# T\n\n', ']('],
    ["'~~a'", '# T\n\n', '~~a'],
    ["'*a'", '# T\n\n', '*a'],
    ["']'", '# T\n\n', ']'],
    ['footnotes', '# T\n\n', '[^n]: note\nref[^n]\n'],
    ['nested emphasis', '# T\n\n', '*_'],
    ["'a b\\n' paragraph", '# T\n\n', 'a b\n'],
    ['40k-space lines', '# T\n\n## Issues\n\n', `- Issue (${' '.repeat(4000)}x\n`],
  ].map(([name, head, unit]) => ({ name, fill: (size) => head + unit.repeat(Math.ceil((size - head.length) / unit.length)) })),
];

/** Whole lines of `text`, repeated, up to `size` characters. */
function fillLines(text, size) {
  let out = '';
  while (out.length < size) out += `${text}\n\n`;
  const cut = out.lastIndexOf('\n', size);
  return out.slice(0, cut > 0 ? cut : size);
}

function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const theme = await loadTheme();
function run(text) {
  globalThis.gc?.();
  const started = cpuMs();
  renderReportHtml(parse(text), theme);
  return cpuMs() - started;
}

const only = process.argv.slice(2);
const rows = [];
for (const pattern of PATTERNS) {
  if (only.length > 0 && !only.some((o) => pattern.name.includes(o))) continue;
  run(pattern.fill(SIZES[0])); // warm-up
  const perMb = [];
  for (const size of SIZES) {
    const text = pattern.fill(size);
    const rounds = size >= 1024 * KB ? 1 : ROUNDS;
    let best = Infinity;
    for (let i = 0; i < rounds; i++) best = Math.min(best, run(text));
    perMb.push(best / (text.length / (1024 * KB)));
  }
  const ratio = perMb.at(-1) / perMb[0];
  rows.push({ pattern: pattern.name, msPerMb: perMb.map((m) => Math.round(m)), ratio, ok: ratio <= LIMIT });
  console.log(`${pattern.name.padEnd(20)} ms/MB at ${SIZES.map((s) => s / KB).join('/')} KB: ${perMb.map((m) => Math.round(m)).join(' ')}  2 MB vs 64 KB: ${ratio.toFixed(2)}x ${ratio <= LIMIT ? 'ok' : `OVER ${LIMIT}x`}`);
}
const over = rows.filter((r) => !r.ok);
console.log(over.length === 0 ? `all ${rows.length} patterns linear (<= ${LIMIT}x)` : `${over.length} of ${rows.length} patterns over ${LIMIT}x: ${over.map((r) => r.pattern).join(', ')}`);
process.exitCode = over.length === 0 ? 0 : 1;
