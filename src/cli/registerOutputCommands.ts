import type { Command } from 'commander';
import type { CliIo } from './io.js';
import type { OptionName } from './options.js';

type AddCommand = (name: string, description: string, options: OptionName[]) => Command;

/** The commands that write files: render, diff, history, next, build. */
export function registerOutputCommands(_command: AddCommand, _io: CliIo, _setCode: (code: number) => void): void {
  // wired in as the render, diff and pdf stages land
}
