#!/usr/bin/env node
import { main } from './main.js';
import { nodeIo } from './nodeIo.js';

const controller = new AbortController();
const onSignal = (signal: NodeJS.Signals) => {
  if (controller.signal.aborted) process.exit(130);
  process.stderr.write(`\nphase-report: ${signal}: stopping (closing the browser, removing partial files)...\n`);
  controller.abort(new Error(`stopped by ${signal}`));
};
// `phase-report ... -o - | head`: the reader went away; stop quietly, as other command-line tools do
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

process.exitCode = await main(process.argv.slice(2), nodeIo(controller.signal));
