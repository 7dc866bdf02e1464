import { PhaseReportError } from '../errors.js';

/** The error a run stopped by its AbortSignal (SIGINT/SIGTERM in the CLI) ends with. */
export function interruptedError(signal: AbortSignal): PhaseReportError {
  return new PhaseReportError('render', 'PDF printing was interrupted; no partial PDF was written.', {
    cause: signal.reason,
  });
}
