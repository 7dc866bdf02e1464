import { describe, expect, it } from 'vitest';
import { PhaseReportError } from '../../src/errors.js';
import { findBrowser } from '../../src/pdf/index.js';

// process.execPath (node itself) is an executable file that exists on every machine.
const executable = process.execPath;
const missing = '/nonexistent/phase-report/chromium';
const noCache = async (): Promise<string | undefined> => undefined;

async function failure(promise: Promise<unknown>): Promise<PhaseReportError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof PhaseReportError)) throw new Error(`expected a PhaseReportError, got ${String(error)}`);
  return error;
}

describe('findBrowser', () => {
  it('says how to install a browser when none is found (exit code 5)', async () => {
    const error = await failure(findBrowser({ env: {}, systemPaths: [missing], cachedBrowser: noCache }));
    expect(error.code).toBe('browser');
    expect(error.exitCode).toBe(5);
    expect(error.message).toContain(missing);
    expect(error.message).toContain('npm run setup');
    expect(error.message).toContain('apt-get install chromium');
    expect(error.message).toContain('PUPPETEER_EXECUTABLE_PATH');
  });

  it('reports a bogus PUPPETEER_EXECUTABLE_PATH instead of silently looking elsewhere', async () => {
    const error = await failure(
      findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: missing }, systemPaths: [executable], cachedBrowser: noCache }),
    );
    expect(error.code).toBe('browser');
    expect(error.message).toContain(`PUPPETEER_EXECUTABLE_PATH ${missing} is not an executable file`);
  });

  it('rejects an explicit path that is a plain file, not a program', async () => {
    const notAProgram = new URL('../../package.json', import.meta.url).pathname;
    const error = await failure(findBrowser({ executablePath: notAProgram, env: {}, systemPaths: [], cachedBrowser: noCache }));
    expect(error.message).toContain(notAProgram);
  });

  it('prefers the explicit path, then the environment, then system paths, then the cache', async () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: executable };
    expect(await findBrowser({ executablePath: executable, env: {}, systemPaths: [], cachedBrowser: noCache })).toBe(executable);
    expect(await findBrowser({ env, systemPaths: [missing], cachedBrowser: noCache })).toBe(executable);
    expect(await findBrowser({ env: {}, systemPaths: [missing, executable], cachedBrowser: noCache })).toBe(executable);
    expect(await findBrowser({ env: {}, systemPaths: [missing], cachedBrowser: async () => executable })).toBe(executable);
  });

  it('treats a failing or stale cache lookup as "not found"', async () => {
    const throwing = async (): Promise<string | undefined> => {
      throw new Error('puppeteer is not configured');
    };
    expect((await failure(findBrowser({ env: {}, systemPaths: [], cachedBrowser: throwing }))).code).toBe('browser');
    expect((await failure(findBrowser({ env: {}, systemPaths: [], cachedBrowser: async () => missing }))).code).toBe('browser');
  });
});
