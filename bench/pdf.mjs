// PDF stage benchmark. Run after `npm run build`:
//   node bench/pdf.mjs [--rounds N] [--docs N] [file.html ...]
// With HTML files, prints those; otherwise generates realistic long reports.
// Compares printPdfs (one browser, new page per document, JavaScript off,
// request interception, atomic fsynced writes) against a bare loop of
// page.setContent + page.pdf with the same PDF options on one reused page,
// both timed from browser start to browser close. Targets: printPdfs per
// document <= 1.25x the bare loop; 1 browser launch per run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findBrowser, printPdfs } from '../dist/pdf/index.js';
import { launchBrowser } from '../dist/pdf/launchBrowser.js';
import { pdfOptions } from '../dist/pdf/pdfOptions.js';
import { DEFAULT_CONCURRENCY } from '../dist/pdf/policy/pageLayout.js';

const RATIO_TARGET = 1.25;
const CSS = `body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;color:#1d1d1f;line-height:1.4}
h1{font-size:20pt;margin:0 0 6pt}h2{font-size:14pt;border-bottom:1px solid #ccd;padding-bottom:2pt;break-after:avoid}
h3{font-size:11pt;margin:0 0 4pt}.verdict{background:#e8f5e9;border-left:4px solid #2e7d32;padding:6pt 10pt}
table{border-collapse:collapse;width:100%;margin:6pt 0}th,td{border:1px solid #bbc;padding:3pt 5pt;text-align:left}
thead{display:table-header-group}th{background:#eef1f8}tr,.card{break-inside:avoid}
.card{border:1px solid #dde;border-radius:4px;padding:6pt 9pt;margin:6pt 0;background:#fafbff}
a{color:#1a4fa0}@media print{nav{break-after:page}}`;

const { rounds, docs, files } = parseArgs(process.argv.slice(2));

const documents = files.length > 0
  ? files.map((file) => ({ name: basename(file), title: basename(file, '.html'), html: readFileSync(file, 'utf8') }))
  : Array.from({ length: docs }, (_, i) => generatedReport(i));

const outDir = mkdtempSync(join(tmpdir(), 'phase-report-bench-'));
try {
  await main();
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

async function main() {
  const executablePath = await findBrowser({});
  const totalKb = documents.reduce((sum, doc) => sum + doc.html.length, 0) / 1024;
  console.log(`browser ${executablePath}; ${documents.length} documents, ${totalKb.toFixed(0)} KiB of HTML; ${rounds} rounds`);
  await bareLoop(executablePath); // warm-up: disk cache, fonts
  const samples = { bare: [], c1: [], cDefault: [] };
  let launches = [];
  for (let round = 0; round < rounds; round += 1) {
    samples.bare.push(await bareLoop(executablePath));
    for (const [key, concurrency] of [['c1', 1], ['cDefault', DEFAULT_CONCURRENCY]]) {
      const run = await ours(executablePath, concurrency);
      samples[key].push(run.totalMs);
      launches.push(run.browserLaunches);
    }
  }
  const perDoc = (key) => median(samples[key]) / documents.length;
  const bare = perDoc('bare');
  const lines = [
    ['bare setContent+pdf loop', bare],
    ['printPdfs concurrency 1', perDoc('c1')],
    [`printPdfs concurrency ${DEFAULT_CONCURRENCY}`, perDoc('cDefault')],
  ];
  for (const [label, ms] of lines) {
    console.log(`${label.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms/document  ratio ${(ms / bare).toFixed(2)}`);
  }
  const ratio = perDoc('cDefault') / bare;
  const maxLaunches = Math.max(...launches);
  console.log(`browser launches per printPdfs run: ${[...new Set(launches)].join(', ')} (target 1)`);
  console.log(`ratio (default concurrency) ${ratio.toFixed(2)} (target <= ${RATIO_TARGET}): ${ratio <= RATIO_TARGET && maxLaunches === 1 ? 'OK' : 'OVER TARGET'}`);
  writeFileSync(join(outDir, 'summary.json'), JSON.stringify({ bare, samples, launches }));
}

async function ours(executablePath, concurrency) {
  const jobs = documents.map((doc, i) => ({ html: doc.html, title: doc.title, outPath: join(outDir, `ours-${i}.pdf`) }));
  return printPdfs(jobs, { executablePath, concurrency });
}

async function bareLoop(executablePath) {
  const started = performance.now();
  const browser = await launchBrowser(executablePath);
  try {
    const page = await browser.newPage();
    for (const [i, doc] of documents.entries()) {
      await page.setContent(doc.html, { waitUntil: 'load' });
      const pdf = await page.pdf(pdfOptions(doc.title, 'A4', 60_000));
      writeFileSync(join(outDir, `bare-${i}.pdf`), pdf);
    }
  } finally {
    await browser.close();
  }
  return performance.now() - started;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function parseArgs(args) {
  const options = { rounds: 3, docs: 6, files: [] };
  for (let i = 0; i < args.length; i += 1) {
    if (args[i] === '--rounds') options.rounds = Number(args[++i]);
    else if (args[i] === '--docs') options.docs = Number(args[++i]);
    else options.files.push(args[i]);
  }
  return options;
}

// ---- generated reports: long, with TOC anchors, tables, cards, inline SVG and emoji ----

function generatedReport(index) {
  const sections = ['Summary', 'Gates', 'Metrics', 'Issues', 'Risks', 'Actions', 'Criteria', 'Steps', 'Verdict', 'Diagnostics'];
  const title = `Phase ${index + 1} Assessment — Platform Migration`;
  const toc = sections.map((s) => `<li><a href="#${s.toLowerCase()}">${s}</a></li>`).join('');
  const body = sections.map((section, s) => sectionHtml(section, s, index)).join('\n');
  return {
    name: `generated-${index + 1}.html`,
    title,
    html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head>
<body><header><h1 id="top">${title}</h1><p class="verdict">✅ GO with conditions — 3 gates passed, 1 open 🚧</p></header>
<nav><h2>Contents</h2><ol>${toc}</ol></nav>${body}</body></html>`,
  };
}

function sectionHtml(section, s, doc) {
  const rows = Array.from({ length: 24 }, (_, r) => {
    const value = ((doc * 37 + s * 11 + r * 7) % 100) + 0.5;
    const status = value > 66 ? '✅ met' : value > 33 ? '⚠️ at risk' : '❌ missed';
    return `<tr><td>${section} item ${r + 1}</td><td>${(value * 1.1).toFixed(1)} ms</td><td>${value.toFixed(1)} ms</td><td>${status}</td><td>Owner ${String.fromCharCode(65 + (r % 26))}</td></tr>`;
  }).join('');
  const cards = Array.from({ length: 4 }, (_, c) => `<div class="card"><h3 id="${section.toLowerCase()}-${c + 1}">${section} note ${c + 1}</h3>
<p>${'The migration of the settlement service keeps its error budget while traffic moves region by region; rollback drills ran twice. '.repeat(3)}</p></div>`).join('');
  const bars = Array.from({ length: 12 }, (_, b) => {
    const h = 10 + ((doc + s * 3 + b * 5) % 80);
    return `<rect x="${b * 30 + 5}" y="${100 - h}" width="20" height="${h}" fill="#4a7bd0"/>`;
  }).join('');
  return `<section><h2 id="${section.toLowerCase()}">${s + 1}. ${section}</h2>
<svg width="370" height="104" viewBox="0 0 370 104" role="img" aria-label="${section} trend">${bars}<line x1="0" y1="100" x2="370" y2="100" stroke="#333"/></svg>
<table><thead><tr><th>Item</th><th>Target</th><th>Actual</th><th>Status</th><th>Owner</th></tr></thead><tbody>${rows}</tbody></table>
${cards}<p><a href="#top">Back to top</a></p></section>`;
}
