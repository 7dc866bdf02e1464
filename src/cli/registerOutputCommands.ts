import type { Command } from 'commander';
import { buildCommand } from './commands/buildCommand.js';
import { doctorCommand } from './commands/doctorCommand.js';
import { mergeCommand } from './commands/mergeCommand.js';
import { serveSite } from './serveSite.js';
import { diffCommand } from './commands/diffCommand.js';
import { historyCommand } from './commands/historyCommand.js';
import { nextCommand } from './commands/nextCommand.js';
import { renderCommand } from './commands/renderCommand.js';
import type { CliIo } from './io.js';
import type { OptionName } from './options.js';
import type { OutputFlags } from './runContext.js';

type AddCommand = (name: string, description: string, options: OptionName[]) => Command;

/** Options shared by every command that writes files. */
export const OUTPUT_OPTIONS: OptionName[] = ['format', 'out', 'templates', 'pageSize', 'browser', 'concurrency', 'timeout', 'maxSize', 'timestamp', 'config', 'quiet', 'json'];

/** Options of the commands that build a site (build, serve). */
const BUILD_OPTIONS: OptionName[] = ['noCache', 'workers'];

/** The commands that write files: render, diff, history, next, build. */
export function registerOutputCommands(command: AddCommand, io: CliIo, setCode: (code: number) => void): void {
  command('render', 'write each report as html, pdf, md and/or json (default: html)', [...OUTPUT_OPTIONS, 'failOn', 'noCache'])
    .argument('<files...>', 'markdown reports or folders of *.md reports (`-` reads stdin)')
    .action(async (files: string[], flags: OutputFlags) => setCode(await renderCommand(files, flags, io)));

  command('diff', 'write what changed from an older report to a newer one (default: html)', [...OUTPUT_OPTIONS, 'failOn', 'onlyChanged', 'noCache'])
    .argument('<older>', 'the earlier report')
    .argument('<newer>', 'the later report')
    .action(async (older: string, newer: string, flags: OutputFlags) => setCode(await diffCommand(older, newer, flags, io)));

  command('history', 'write how metrics, issues, risks and verdicts evolved over many reports (default: html)', [...OUTPUT_OPTIONS, 'failOn', 'noCache'])
    .argument('<reports...>', 'report files, or folders of *.md reports')
    .action(async (names: string[], flags: OutputFlags) => setCode(await historyCommand(names, flags, io)));

  command('next', 'write the draft of the next update of a report (default: md)', [...OUTPUT_OPTIONS, 'since', 'failOn', 'noCache'])
    .argument('<report>', 'the latest report')
    .action(async (file: string, flags: OutputFlags) => setCode(await nextCommand(file, flags, io)));

  command('build', 'the main job: every report, the diff of each consecutive pair, the history, the next-update draft of the latest, and index.html (default: html,pdf)', [...OUTPUT_OPTIONS, 'failOn', ...BUILD_OPTIONS, 'onlyChanged', 'shard', 'watch'])
    .argument('<reports...>', 'a folder of *.md reports of one project, or report files')
    .action(async (names: string[], flags: OutputFlags) => setCode(await buildCommand(names, flags, io)));

  command('merge', 'join the folders of `build --shard i/n` runs: copy their outputs, then write diffs, history, next and index.html from their models', [...OUTPUT_OPTIONS, 'failOn'])
    .argument('<shard-dirs...>', 'the output folders of every shard')
    .action(async (dirs: string[], flags: OutputFlags) => setCode(await mergeCommand(dirs, flags, io)));

  command('serve', 'build, watch and serve the outputs on localhost, reloading open pages on each rebuild (default: html)', [...OUTPUT_OPTIONS, ...BUILD_OPTIONS, 'port'])
    .argument('<reports...>', 'a folder of *.md reports of one project, or report files')
    .action(async (names: string[], flags: OutputFlags & { port?: number }) => setCode(await serveSite(names, flags, io)));

  command('doctor', 'check what PDF builds need (browser, emoji font, poppler) and say how to fix what is missing', ['browser', 'config'])
    .action(async (flags: OutputFlags) => setCode(await doctorCommand(flags, io)));
}
