// `npm run bench`: parse, render and PDF benchmarks, one after another, each in its own process.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './corpus.mjs';

const run = (script, args = []) => execFileSync(process.execPath, ['--expose-gc', join(root, 'bench', script), ...args], { stdio: 'inherit', cwd: root });
run('parse.mjs');
run('lint.mjs');
run('render.mjs');
const htmlDir = join(root, '.tmp', 'bench-html');
const html = readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort().map((f) => join(htmlDir, f));
run('pdf.mjs', ['--rounds', process.env.BENCH_PDF_ROUNDS ?? '2', ...html]);
