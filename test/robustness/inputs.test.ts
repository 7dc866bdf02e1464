import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { nodeIo } from '../../src/cli/nodeIo.js';
import { parse } from '../../src/parse/parse.js';
import { runCli } from '../helpers/runCli.js';

/** Issue 11, cases 3 and 9: inputs are checked before they are opened and decoded by one rule. */
const folder = mkdtempSync(join(tmpdir(), 'phase-report-inputs-'));
let server: Server | undefined;
afterAll(() => {
  server?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function timed(args: string[]): Promise<{ code: number; stderr: string; ms: number }> {
  const started = performance.now();
  const run = await runCli(args, { cwd: folder });
  return { code: run.code, stderr: run.stderr, ms: performance.now() - started };
}

describe('inputs that are not regular files', () => {
  it('a FIFO: exit 3 at once, naming it, without opening it (no writer ever comes)', async () => {
    execFileSync('mkfifo', [join(folder, 'pipe.md')]);
    const run = await timed(['parse', 'pipe.md']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('phase-report: pipe.md: is a named pipe (FIFO), not a regular file; pipe it to standard input with `-` instead\n');
    expect(run.ms).toBeLessThan(5000);
  });

  it('a socket and a device: exit 3, named as such', async () => {
    const socket = join(folder, 'sock.md');
    server = createServer();
    await new Promise<void>((resolve) => server?.listen(socket, resolve));
    expect((await timed(['parse', 'sock.md'])).stderr).toBe('phase-report: sock.md: is a socket, not a regular file\n');
    const device = await timed(['parse', '/dev/zero']);
    expect(device.code).toBe(3);
    expect(device.stderr).toBe('phase-report: /dev/zero: is a device, not a regular file\n');
  });
});

describe('decoding', () => {
  it('UTF-16 with a byte-order mark is named as UTF-16, not "binary"', async () => {
    const bom = Buffer.from([0xff, 0xfe]);
    writeFileSync(join(folder, 'utf16.md'), Buffer.concat([bom, Buffer.from('# Phase 1\n', 'utf16le')]));
    const run = await timed(['parse', 'utf16.md']);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('phase-report: utf16.md: is UTF-16 (little-endian, it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8\n');
  });

  it('standard input follows the file rules: invalid UTF-8 is refused, not turned into U+FFFD', async () => {
    const bytes = Buffer.from([0x23, 0x20, 0x41, 0xff, 0x0a]);
    writeFileSync(join(folder, 'bad.md'), bytes);
    const fromFile = await timed(['parse', 'bad.md']);
    expect(fromFile.code).toBe(3);
    const io = nodeIo(new AbortController().signal, Readable.from([bytes]));
    await expect(io.readStdin()).rejects.toMatchObject({ code: 'input', exitCode: 3, file: '<stdin>', message: 'is not valid UTF-8 (byte offset 3); save it as UTF-8' });
    await expect(nodeIo(new AbortController().signal, Readable.from([Buffer.from('# ok\n')])).readStdin()).resolves.toBe('# ok\n');
  });

  it('bad YAML front matter is a diagnostic at its line, and nothing goes to stderr', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const report = parse('---\ntitle: a\ntitle: b\nkey: [unclosed\n---\n# Phase 1 Report\n');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const yaml = report.diagnostics.filter((d) => d.ruleId === 'front-matter-invalid');
    expect(yaml.length).toBeGreaterThan(0);
    expect(yaml[0]?.position.line).toBe(1);
    expect(yaml[0]?.message).toMatch(/^Front matter is not valid YAML: [^\n]+$/);
  });
});
