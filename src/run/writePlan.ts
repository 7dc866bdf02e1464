import { resolve } from 'node:path';
import type { Config } from '../config/configSchema.js';
import { writeFileAtomic } from '../io/writeFileAtomic.js';
import type { OutputPlan, RunContext } from './types.js';

export interface WrittenPlan {
  /** absolute paths of every file written, in order */
  readonly files: string[];
  readonly browserLaunches: number;
}

/**
 * Write a plan: text files atomically, then every PDF through one browser.
 * The PDF stage (and so puppeteer) is loaded only when the plan has PDFs.
 */
export async function writePlan(plan: OutputPlan, context: RunContext): Promise<WrittenPlan> {
  const out = resolve(context.cwd, context.config.out);
  const files: string[] = [];
  for (const text of plan.texts) {
    const path = resolve(out, text.path);
    await writeFileAtomic(path, text.content);
    files.push(path);
  }
  if (plan.pdfs.length === 0) return { files, browserLaunches: 0 };
  const { printPdfs } = await import('../pdf/index.js');
  const result = await printPdfs(
    plan.pdfs.map((p) => ({ html: p.html, title: p.title, outPath: resolve(out, p.path) })),
    pdfOptions(context.config, context),
  );
  for (const r of result.results) files.push(r.outPath);
  return { files, browserLaunches: result.browserLaunches };
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
