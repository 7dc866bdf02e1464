import type { Severity } from '../../model/types.js';
import { SEVERITIES } from '../policy/severities.js';
import { cleanText } from './cleanText.js';

/** The severity a heading, value or cell names, or null when it names none. */
export function readSeverity(text: string): Severity | null {
  const key = cleanText(text).toLowerCase();
  return SEVERITIES.find((row) => row.pattern.test(key))?.severity ?? null;
}
