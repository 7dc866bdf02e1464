import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defineConfig } from '../../src/config/configSchema.js';
import { loadConfigFile } from '../../src/config/loadConfigFile.js';
import { resolveConfig } from '../../src/config/resolveConfig.js';

const tmp = mkdtempSync(join(tmpdir(), 'phase-report-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A project with `files` at its root and an empty `docs/reports` subfolder; returns the subfolder. */
function project(name: string, files: Record<string, string>): { root: string; sub: string } {
  const root = join(tmp, name);
  const sub = join(root, 'docs', 'reports');
  mkdirSync(sub, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, file), text);
  return { root, sub };
}

describe('config search (lilconfig), upward from the working folder', () => {
  it.each([
    ['phase-report.config.json', '{ "out": "site", "formats": ["md"] }'],
    ['phase-report.config.yaml', 'out: site\nformats: [md]\n'],
    ['.phase-reportrc', 'out: site\nformats:\n  - md\n'],
    ['.phase-reportrc.json', '{ "out": "site", "formats": ["md"] }'],
    ['phase-report.config.mjs', "export default { out: 'site', formats: ['md'] };\n"],
    ['phase-report.config.cjs', "module.exports = { out: 'site', formats: ['md'] };\n"],
    ['package.json', '{ "name": "docs", "phase-report": { "out": "site", "formats": ["md"] } }'],
  ])('finds %s from a subfolder; paths in it are relative to the file', async (file, text) => {
    const { root, sub } = project(file.replace(/\W/g, '_'), { [file]: text });
    const loaded = await loadConfigFile(undefined, sub);
    expect(loaded.file).toBe(join(root, file));
    expect(loaded.config).toEqual({ out: join(root, 'site'), formats: ['md'] });
  });

  it('a package.json without the key does not stop the search', async () => {
    const { root, sub } = project('pkg-without-key', { 'phase-report.config.json': '{ "pageSize": "Letter" }' });
    writeFileSync(join(root, 'docs', 'package.json'), '{ "name": "inner" }');
    const loaded = await loadConfigFile(undefined, sub);
    expect(loaded).toEqual({ file: join(root, 'phase-report.config.json'), config: { pageSize: 'Letter' } });
  });

  it('rejects an unknown key naming the file and the key, and a bad value naming the key', async () => {
    const { sub, root } = project('unknown', { '.phase-reportrc.yaml': 'out: site\noutt: x\n' });
    await expect(loadConfigFile(undefined, sub)).rejects.toMatchObject({ code: 'usage', file: join(root, '.phase-reportrc.yaml'), message: 'invalid config: unknown key "outt"' });
    const bad = project('bad-value', { 'phase-report.config.json': '{ "pageSize": "A3" }' });
    await expect(loadConfigFile(undefined, bad.sub)).rejects.toMatchObject({ message: expect.stringMatching(/^invalid config: pageSize: /) });
  });

  it('--config names a file directly; a missing one is a usage error', async () => {
    const { root } = project('explicit', { 'custom.yaml': 'timeout: 5\n' });
    expect((await loadConfigFile('custom.yaml', root)).config).toEqual({ timeout: 5 });
    await expect(loadConfigFile('nope.json', root)).rejects.toMatchObject({ code: 'usage' });
  });

  it('flag ?? file ?? default, key by key; cache: false in the file turns the cache off', () => {
    const config = resolveConfig({ out: 'flag-out' }, { out: 'file-out', pageSize: 'Letter', cache: false }, ['html']);
    expect(config).toMatchObject({ out: 'flag-out', pageSize: 'Letter', timeout: 60, cache: null, formats: ['html'], workers: null });
    expect(resolveConfig({}, {}, ['md']).cache).toBe('.cache/phase-report');
  });

  it('defineConfig returns its argument (it only types a JavaScript config)', () => {
    const config = defineConfig({ out: 'site', formats: ['html'] });
    expect(config).toEqual({ out: 'site', formats: ['html'] });
  });
});
