import { execFile } from 'node:child_process';
import { PhaseReportError } from '../../errors.js';
import { findBrowser } from '../../pdf/findBrowser.js';
import type { CliIo } from '../io.js';
import { TOOL_CHECKS, type ToolCheck } from '../policy/doctorChecks.js';
import { runContext, type OutputFlags } from '../runContext.js';

/**
 * `phase-report doctor`: is everything a PDF build needs here? The browser
 * (found as `build` would find it), an emoji font and poppler; says how to
 * fix what is missing. Exits 1 when something is missing.
 */
export async function doctorCommand(flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html', 'pdf']);
  const lines: string[] = [];
  let missing = 0;
  try {
    const path = await findBrowser({ env: { ...io.env }, ...(context.config.browser === null ? {} : { executablePath: context.config.browser }) });
    lines.push(`ok       browser      ${path}`);
  } catch (error) {
    if (!(error instanceof PhaseReportError)) throw error;
    missing += 1;
    lines.push(`missing  browser      ${error.message}`);
  }
  for (const check of TOOL_CHECKS) {
    const found = await runs(check);
    if (!found) missing += 1;
    lines.push(found ? `ok       ${check.name.padEnd(12)} ${check.why}` : `missing  ${check.name.padEnd(12)} ${check.why}; fix: ${check.fix}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return missing === 0 ? 0 : 1;
}

function runs(check: ToolCheck): Promise<boolean> {
  const [program, ...args] = check.command;
  return new Promise((done) => {
    execFile(program, args, { timeout: 10_000 }, (error, stdout, stderr) => done(error === null && (stdout.trim() !== '' || stderr.trim() !== '')));
  });
}
