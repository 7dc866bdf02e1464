import type { Verdict } from '../../model/types.js';
import { VERDICT_PHRASES } from '../policy/verdicts.js';
import { cleanText } from './cleanText.js';

/**
 * The verdict a text starts with (`PROCEED`, `NO-GO`, `CONDITIONAL GO`,
 * `PRODUCTION READY - WITH MONITORING`), as written upper-cased, with its
 * decision. Emphasis, markers and a leading `_` or `-` are ignored. Null when
 * the text does not start with a verdict.
 */
export function readVerdict(text: string): Pick<Verdict, 'value' | 'decision'> | null {
  const key = cleanText(text.replace(/[*`]/g, '')).replace(/^[_\-–—:\s]+/, '').toUpperCase();
  for (const { pattern, decision } of VERDICT_PHRASES) {
    const match = pattern.exec(key);
    if (match) return { value: match[0].replace(/\s+/g, ' '), decision };
  }
  return null;
}
