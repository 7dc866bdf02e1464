import type { Severity } from '../../model/types.js';
import { NEGATED_SEVERITY, SEVERITIES, SEVERITY_NEGATIONS } from '../policy/severities.js';
import { cleanText } from './cleanText.js';

/**
 * The severity a heading, value or cell names, or null when it names none.
 * Negated words ("non-blocking", "not critical") name no severity; a text
 * that only negates one names NEGATED_SEVERITY.
 */
export function readSeverity(text: string): Severity | null {
  const key = cleanText(text).toLowerCase();
  const affirmed = key.replace(SEVERITY_NEGATIONS, ' ');
  const found = SEVERITIES.find((row) => row.pattern.test(affirmed))?.severity ?? null;
  return found ?? (affirmed === key ? null : NEGATED_SEVERITY);
}
