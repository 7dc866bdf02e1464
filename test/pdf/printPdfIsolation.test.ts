import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf, withBrowser, type PrintedPdf } from '../../src/pdf/index.js';
import { PhaseReportError } from '../../src/errors.js';
import { pdfText } from './popplerTools.js';

// A loopback server stands in for "the network": if any request left the
// browser, it would count a hit here.
let hits: string[] = [];
const server: Server = createServer((request, response) => {
  hits.push(request.url ?? '');
  response.end('<p>FETCHED FROM SERVER</p>');
});
const folder = mkdtempSync(join(tmpdir(), 'phase-report-isolation-'));
let printed: PrintedPdf;
let text: string;
let slowError: unknown;

function hostileHtml(port: number): string {
  const local = `http://127.0.0.1:${port}`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Isolation</title>
<link rel="stylesheet" href="${local}/style.css">
<style>@import url("${local}/import.css"); body { background: url("${local}/bg.png"); }</style>
</head><body>
<p id="text">ORIGINAL TEXT</p>
<img src="http://example.invalid/tracker.png" alt="">
<img src="${local}/pixel.png" alt="">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
<iframe src="file:///etc/passwd"></iframe>
<iframe src="${local}/frame.html"></iframe>
<img src="x" onerror="document.getElementById('text').textContent='ONERROR RAN'">
<script>document.getElementById('text').textContent = 'SCRIPT RAN'; fetch('${local}/fetch');</script>
</body></html>`;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  hits = [];
  await withBrowser({}, async (browser) => {
    printed = await printPdf(browser, hostileHtml(port), { title: 'Isolation' });
    slowError = await printPdf(browser, '<p>big</p>'.repeat(20_000), { title: 'Slow', name: 'out/slow.pdf', timeoutMs: 1 }).catch(
      (error: unknown) => error,
    );
  });
  writeFileSync(join(folder, 'isolation.pdf'), printed.pdf);
  text = pdfText(join(folder, 'isolation.pdf'));
});

afterAll(() => {
  server.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('printPdf isolation', () => {
  it('lets no request leave the browser', () => {
    expect(hits).toEqual([]);
  });

  it('blocks and records every network request, data: URLs pass', () => {
    const port = (server.address() as AddressInfo).port;
    const local = ['style.css', 'import.css', 'bg.png', 'pixel.png', 'frame.html'].map((file) => `http://127.0.0.1:${port}/${file}`);
    expect([...printed.blockedRequests].sort()).toEqual(['http://example.invalid/tracker.png', ...local].sort());
    expect(printed.blockedRequests.some((url) => url.startsWith('data:'))).toBe(false);
  });

  // Chromium refuses file: URLs from a setContent page before interception sees them.
  it('does not show local file contents or fetched content', () => {
    expect(text).not.toMatch(/root:x?:0:0/);
    expect(text).not.toContain('FETCHED FROM SERVER');
  });

  it('runs no JavaScript from the document', () => {
    expect(text).toContain('ORIGINAL TEXT');
    expect(text).not.toContain('SCRIPT RAN');
    expect(text).not.toContain('ONERROR RAN');
  });

  it('fails a document that exceeds its time limit with a render error naming it once', () => {
    expect(slowError).toBeInstanceOf(PhaseReportError);
    const error = slowError as PhaseReportError;
    expect(error.code).toBe('render');
    expect(error.exitCode).toBe(6);
    expect(error.file).toBe('out/slow.pdf');
    // the path is named once, by format(), never repeated in the message (issue 11, case 6)
    expect(error.message).not.toContain('out/slow.pdf');
    expect(error.format()).toMatch(/^out\/slow\.pdf: printing to PDF took longer than 1 ms \(stopped after \d+ ms\)$/);
  });
});
