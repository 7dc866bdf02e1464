import { resolve } from 'node:path';
import type { StartedBrowser } from '../pdf/startBrowser.js';
import { limiter } from '../util/limiter.js';
import type { BuildCache } from './cache/buildCache.js';
import { cacheKey, sha256 } from './cache/hash.js';
import type { PdfOutput, RunContext } from './types.js';

/** The cache key of a printed PDF: everything its bytes depend on. */
export function pdfKey(pdf: PdfOutput, version: string, pageSize: string): string {
  return cacheKey('pdf', version, sha256(pdf.html), pdf.title, pageSize);
}

/**
 * PDFs printed while the build is still rendering the rest: each offered as
 * soon as its HTML exists, printed (when the PDF cache does not have it) in
 * the browser started for the build, at most `concurrency` at once, and kept
 * in memory for writePlan, which writes them and prints the rest itself.
 */
export interface EarlyPrints {
  /** start printing these (those not printed before) */
  offer(pdfs: readonly PdfOutput[]): void;
  /** the bytes printed for `key` (pdfKey); undefined when not offered, found in the cache, or failed: writePlan then prints it, with the retry a crash earns */
  take(key: string): Promise<Uint8Array | undefined>;
}

export interface EarlyPrintOptions {
  readonly cache: BuildCache | undefined;
  /** the tool's version, part of the PDF cache key */
  readonly version: string;
}

export function earlyPrints(browser: StartedBrowser, context: RunContext, options: EarlyPrintOptions): EarlyPrints {
  const { config, signal } = context;
  const out = resolve(context.cwd, config.out);
  const printing = new Map<string, Promise<Uint8Array | undefined>>();
  const limit = limiter(config.concurrency);
  const print = async (key: string, pdf: PdfOutput): Promise<Uint8Array | undefined> => {
    if ((await options.cache?.hasEntry(key)) === true) return undefined;
    return limit(async () => {
      const ready = await browser.ready;
      const { printPdf } = await import('../pdf/printPdf.js');
      const printed = await printPdf(ready, pdf.html, {
        title: pdf.title,
        name: resolve(out, pdf.path),
        pageSize: config.pageSize,
        timeoutMs: config.timeout * 1000,
        ...(signal === undefined ? {} : { signal }),
      });
      return printed.pdf;
    });
  };
  return {
    offer(pdfs) {
      for (const pdf of pdfs) {
        const key = pdfKey(pdf, options.version, config.pageSize);
        // a failure is not reported here: writePlan prints the document again and reports that
        if (!printing.has(key)) printing.set(key, print(key, pdf).catch(() => undefined));
      }
    },
    take: async (key) => printing.get(key),
  };
}
