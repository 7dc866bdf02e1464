import type { Mark } from '../../model/types.js';
import { GATE_RESULTS, type GateResult } from '../policy/gateResults.js';
import { cleanText } from './cleanText.js';

export interface GateReading {
  result: GateResult;
  /** the result as written, decoration removed (`PERFECT`, `NO CRITICAL ISSUES`) */
  text: string;
}

const AFTER_RESULT = /^(?:$|\s*[(\-–—:,;.!])/;

/**
 * The result a value states by its first words (`PASSED (no shell errors)`,
 * `**SUCCESS** ✅`), or null when it starts with anything else.
 */
export function readGateResult(value: string): GateReading | null {
  const clean = cleanText(value.replace(/[*_`]/g, '')).replace(/^[\s:\-–—]+/, '');
  const lower = clean.toLowerCase();
  for (const row of GATE_RESULTS) {
    for (const word of row.words) {
      if (!lower.startsWith(word)) continue;
      // the result is the whole value or is followed by an aside: `PASSED (no errors)`, `CLEAN - 0 hits`;
      // `Complete ISO27001 implementation` describes, it states no result
      if (AFTER_RESULT.test(lower.slice(word.length))) return { result: row.result, text: clean.slice(0, word.length) };
    }
  }
  return null;
}

/** The result a bare status marker states: ✅ passed, ⚠️ partial, ❌ failed; other marks state none. */
export function resultOfMark(mark: Mark | null): GateResult | null {
  if (mark === 'done') return 'passed';
  if (mark === 'warning') return 'partial';
  if (mark === 'failed') return 'failed';
  return null;
}
