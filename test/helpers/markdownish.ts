import fc from 'fast-check';
import { validateReport } from '../../src/model/validateReport.js';
import { parse } from '../../src/parse/parse.js';

/** Markdown-ish fragments that exercise the parser's extractors, mixed with noise. */
const fragment = fc.constantFrom(
  '# ', '## ', '### ', '- ', '1. ', '> ', '**', '*', '`', '|', '---', '\n', '\n\n', '  ', '\t', ':', '%', '~', '>', '<', '->', '→',
  '✅', '❌', '⚠️', '🔄', '🔴', '[x] ', '[ ] ', '[OK]', '[U+1F6A8]', 'Status', 'Risk', 'High', 'Gate', 'Target', '95', '0.3', '(FIXED)',
  'Phase 6', '```', '<script>', '\r\n', '\uFEFF', '\u0000', '\uD800', '\\', 'VERDICT: ', 'NOT ', 'GO', 'HOLD', '**Recommendation**: ',
);
export const markdownish = fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((parts) => parts.join(''));

/** Parse and validate; throws with the first problems when the model is invalid. */
export function parsesCleanly(text: string): void {
  const report = parse(text);
  const result = validateReport(report);
  if (!result.ok) throw new Error(`invalid model: ${result.problems.slice(0, 3).join('; ')}`);
}
