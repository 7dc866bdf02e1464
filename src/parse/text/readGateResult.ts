import type { Mark } from '../../model/types.js';
import { GATE_RESULTS, type GateResult } from '../policy/gateResults.js';
import { cleanText } from './cleanText.js';

export interface GateReading {
  result: GateResult;
  /** the result as written, decoration removed (`PERFECT`, `NO CRITICAL ISSUES`) */
  text: string;
}

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
      const next = lower.charAt(word.length);
      if (next === '' || !/[a-z0-9]/.test(next)) return { result: row.result, text: clean.slice(0, word.length) };
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
