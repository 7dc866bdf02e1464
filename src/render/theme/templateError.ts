import { PhaseReportError } from '../../errors.js';
import type { ThemeFile } from './types.js';

/**
 * Turn anything thrown while compiling or running a template into a
 * PhaseReportError('template') naming the template file and, when handlebars
 * knows it, the line. An error already converted (by a nested partial) passes through.
 */
export function templateError(error: unknown, template: ThemeFile): PhaseReportError {
  if (error instanceof PhaseReportError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const line = lineOf(error, text);
  const detail = oneLine(text.replace(/ - \d+:\d+$/, '').trim());
  const message = `template "${template.name}": ${detail}`;
  return new PhaseReportError('template', message, line === undefined ? { file: template.file, cause: error } : { file: template.file, line, cause: error });
}

function lineOf(error: unknown, text: string): number | undefined {
  if (typeof error === 'object' && error !== null && 'lineNumber' in error && typeof error.lineNumber === 'number') return error.lineNumber;
  const match = /(?:Parse error on line |- )(\d+)(?::\d+)?/.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Handlebars parse errors span several lines (the message, an excerpt, a caret
 * line, what was expected): keep the message and what was expected, on one line.
 */
function oneLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length <= 1) return text;
  return `${lines[0]} ${lines.at(-1)}`;
}
