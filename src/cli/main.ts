import { Command, CommanderError } from 'commander';
import { EXIT_CODES, PhaseReportError } from '../errors.js';
import { checkCommand } from './commands/checkCommand.js';
import { lintCommand, type LintFlags } from './commands/lintCommand.js';
import { parseCommand } from './commands/parseCommand.js';
import { schemaCommand } from './commands/schemaCommand.js';
import type { CliIo } from './io.js';
import { OPTIONS, type OptionName } from './options.js';
import { registerOutputCommands } from './registerOutputCommands.js';
import { VERSION } from './version.js';

/**
 * Run the CLI with the given arguments (without `node` and the script) and
 * return the exit code. Never throws for a user mistake: every
 * PhaseReportError becomes a one-line message and its documented exit code.
 */
export async function main(args: string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (error) {
    return handleError(error, io);
  }
}

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('phase-report')
    .description('Parse markdown phase assessment reports, diff phases, render HTML and PDF reports.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .configureHelp({ helpWidth: 100 });

  const command = (name: string, description: string, options: OptionName[]) => {
    const cmd = program.command(name).description(description).exitOverride().configureHelp({ helpWidth: 100 });
    for (const option of options) cmd.addOption(OPTIONS[option]());
    return cmd;
  };

  command('parse', 'print the model of each report as JSON (`-` reads stdin)', ['pretty', 'summary', 'maxSize'])
    .argument('<files...>', 'markdown reports')
    .action(async (files: string[], flags: { pretty?: boolean; summary?: boolean; maxSize?: number }) =>
      setCode(await parseCommand(files, flags, io)));

  command('check', 'print what the parser could not interpret, as file:line:col  message  rule-id', ['maxSize'])
    .argument('<files...>', 'markdown reports')
    .action(async (files: string[], flags: { maxSize?: number }) => setCode(await checkCommand(files, flags, io)));

  command('lint', 'print the contradictions each report shows, as file:line:col  severity  message  rule-id', ['lintFormat', 'only', 'maxSize', 'config'])
    .argument('<files...>', 'markdown reports or folders of *.md reports (`-` reads stdin)')
    .action(async (files: string[], flags: LintFlags) => setCode(await lintCommand(files, flags, io)));

  command('schema', 'print the JSON Schema of the model', []).action(async () => setCode(await schemaCommand(io)));

  registerOutputCommands(command, io, setCode);
  return program;
}

function handleError(error: unknown, io: CliIo): number {
  if (error instanceof CommanderError) {
    // help and version exit 0; usage mistakes were already printed by commander
    return error.exitCode === 0 ? 0 : EXIT_CODES.usage;
  }
  if (io.signal.aborted) {
    if (error instanceof PhaseReportError) io.stderr(`phase-report: ${error.format()}\n`);
    return 130;
  }
  if (error instanceof PhaseReportError) {
    io.stderr(`phase-report: ${error.format()}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(`phase-report: internal error (please report it):\n${message}\n`);
  return 70;
}
