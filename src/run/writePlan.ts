import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../config/configSchema.js';
import { PhaseReportError } from '../errors.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import { type StartedBrowser, startBrowser } from '../pdf/startBrowser.js';
import type { BuildCache, WrittenFile } from './cache/buildCache.js';
import { sha256 } from './cache/hash.js';
import { type EarlyPrints, pdfKey } from './earlyPrints.js';
import { type ManifestEntry, kindOf } from './manifest.js';
import { assertDistinctOutputs } from './distinctOutputs.js';
import type { OutputPlan, PdfOutput, RunContext } from './types.js';

export interface WrittenPlan {
  /** absolute paths of every file written, in order */
  readonly files: string[];
  readonly browserLaunches: number;
  /** every output of the plan, written or not */
  readonly outputs: ManifestEntry[];
  /** PDFs that could not be printed (absolute path and why); the rest were written */
  readonly failures: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

export interface WriteOptions {
  /** skip files already on disk with these bytes, and reuse printed PDFs */
  readonly cache?: BuildCache | undefined;
  /** outputs whose content came from the cache (relative paths) */
  readonly fromCache?: ReadonlySet<string>;
  readonly sourceOf?: (path: string) => string;
  /** told of each PDF printed */
  readonly onPdf?: (path: string) => void;
  /** the tool's version, part of the PDF cache key */
  readonly version?: string;
  /** a browser started ahead (startPdfBrowser) to print with; closed once the PDFs are printed */
  readonly browser?: StartedBrowser | undefined;
  /** PDFs printed while the plan was being made (in `browser`): written from there, not printed again */
  readonly early?: EarlyPrints | undefined;
}

/**
 * Write a plan: text files atomically, then every PDF: those printed early
 * (`early`) from memory, the rest through one browser.
 * With a cache, a file whose bytes are already on disk (as last written) is
 * not written again, and a PDF printed before from the same HTML is copied
 * from the cache. The PDF stage (and so puppeteer) is loaded only when a PDF
 * must be printed.
 */
export async function writePlan(plan: OutputPlan, context: RunContext, options: WriteOptions = {}): Promise<WrittenPlan> {
  assertDistinctOutputs(plan);
  const out = resolve(context.cwd, context.config.out);
  const { cache } = options;
  const before = cache ? await cache.readOutputs(out) : {};
  const after: Record<string, WrittenFile> = { ...before };
  const files: string[] = [];
  const outputs: ManifestEntry[] = [];
  const record = async (rel: string, sha: string, cached: boolean, written: boolean) => {
    const path = resolve(out, rel);
    const info = await stat(path);
    after[rel] = { sha, size: info.size, mtimeMs: info.mtimeMs };
    if (written) files.push(path);
    outputs.push({ kind: kindOf(rel), path, source: options.sourceOf?.(rel) ?? rel, bytes: info.size, status: cached ? 'cached' : 'rebuilt', written });
  };
  for (const text of plan.texts) {
    stopIfAborted(context.signal, files.length);
    const sha = sha256(text.content);
    const same = cache !== undefined && (await unchanged(resolve(out, text.path), before[text.path], sha));
    if (!same) await writeFileAtomic(resolve(out, text.path), text.content);
    await record(text.path, sha, same || (options.fromCache?.has(text.path) ?? false), !same);
  }
  const toPrint = [];
  for (const pdf of plan.pdfs) {
    const key = pdfKey(pdf, options.version ?? '', context.config.pageSize);
    const sha = await cache?.readEntry<string>(key);
    if (sha !== undefined && (await unchanged(resolve(out, pdf.path), before[pdf.path], sha))) {
      await record(pdf.path, sha, true, false);
      continue;
    }
    const blob = sha === undefined ? undefined : await cache?.readBlob(sha);
    if (sha === undefined || blob === undefined) {
      toPrint.push({ pdf, key });
      continue;
    }
    await writeFileAtomic(resolve(out, pdf.path), blob);
    await record(pdf.path, sha, true, true);
  }
  const recordPrinted = async (pdf: PdfOutput, key: string, bytes: Uint8Array) => {
    const sha = cache ? await cache.writeBlob(bytes) : sha256(bytes);
    await cache?.writeEntry(key, sha);
    options.onPdf?.(pdf.path);
    await record(pdf.path, sha, false, true);
  };
  let browserLaunches = 0;
  const failures: Array<WrittenPlan['failures'][number]> = [];
  const rest = [];
  for (const item of toPrint) {
    const bytes = await options.early?.take(item.key);
    if (bytes === undefined) {
      rest.push(item);
      continue;
    }
    stopIfAborted(context.signal, files.length);
    browserLaunches = 1;
    const file = resolve(out, item.pdf.path);
    // as for a PDF printed below: one that cannot be written is listed, the others are written
    try {
      await writeFileAtomic(file, bytes);
    } catch (error) {
      failures.push({ file, reason: firstLine(error) });
      continue;
    }
    await recordPrinted(item.pdf, item.key, bytes);
  }
  if (rest.length > 0) {
    stopIfAborted(context.signal, files.length);
    const { printPdfs } = await import('../pdf/index.js');
    const result = await printPdfs(
      rest.map(({ pdf }) => ({ html: pdf.html, title: pdf.title, outPath: resolve(out, pdf.path) })),
      { ...pdfOptions(context.config, context), ...(options.browser ? { started: options.browser } : {}) },
    );
    browserLaunches = result.browserLaunches;
    failures.push(...result.failures.map((f) => ({ file: f.outPath, reason: f.reason })));
    const printed = new Set(result.results.map((r) => r.outPath));
    for (const { pdf, key } of rest) {
      const path = resolve(out, pdf.path);
      if (printed.has(path)) await recordPrinted(pdf, key, await readFile(path));
    }
  }
  if (cache) await cache.writeOutputs(out, after);
  return { files, browserLaunches, outputs, failures };
}

/**
 * Start the browser writePlan will print with now (pass it as `browser`),
 * so that it starts while the outputs are still being made. The caller
 * closes it in any case (a browser writePlan used is closed already).
 */
export function startPdfBrowser(context: RunContext): StartedBrowser {
  return startBrowser(pdfOptions(context.config, context));
}

/** The file holds what was last written there (same hash, size and time) and that is `sha`. */
async function unchanged(path: string, last: WrittenFile | undefined, sha: string): Promise<boolean> {
  if (last === undefined || last.sha !== sha) return false;
  const info = await stat(path).catch(() => null);
  return info !== null && info.isFile() && info.size === last.size && info.mtimeMs === last.mtimeMs;
}

function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** Ctrl-C / SIGTERM: no file is started after the signal. */
function stopIfAborted(signal: AbortSignal | undefined, written: number): void {
  if (signal?.aborted !== true) return;
  throw new PhaseReportError('output', `stopped by a signal: ${written} files were written before it, none after`, { cause: signal.reason });
}

function pdfOptions(config: Config, context: RunContext) {
  return {
    concurrency: config.concurrency,
    pageSize: config.pageSize,
    timeoutMs: config.timeout * 1000,
    env: { ...context.env },
    ...(config.browser === null ? {} : { executablePath: resolve(context.cwd, config.browser) }),
    ...(context.signal ? { signal: context.signal } : {}),
  };
}
