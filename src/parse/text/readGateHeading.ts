import { CHECK_NOUNS, NOT_GATE_NAMES } from '../policy/gateResults.js';
import { MARKS } from '../policy/marks.js';
import { cleanText } from './cleanText.js';
import { normalizeKey } from './normalizeKey.js';
import { readGateResult, resultOfMark, type GateReading } from './readGateResult.js';
import { readMark } from './readMark.js';

const NUMBERED = /^\d+(?:\.\d+)*\.?\s/;
const TOKENS = MARKS.filter((row) => row.mark !== 'pending').flatMap((row) => row.tokens.filter((t) => !t.startsWith('[x') && !t.startsWith('[X')));

/**
 * A check heading and its result, or null:
 *   `### 1. Import Compatibility ✅ PERFECT`   name, marker, result word
 *   `### TypeScript Compilation: SUCCESS ✅`   `Name: result` (marker optional)
 *   `#### CRITICAL PATH VALIDATION ✅`          an unnumbered check name and a bare marker
 * A numbered heading with a bare marker is an entry of an enumeration
 * (deliverables, test areas), not a check; a `Name: result` heading whose name
 * is report-level (`Overall Assessment: FAILED`) is a verdict, not a gate.
 */
export function readGateHeading(heading: string): { name: string; reading: GateReading } | null {
  const at = firstMarker(heading);
  const before = at === null ? heading : heading.slice(0, at.index);
  const after = at === null ? '' : heading.slice(at.index + at.token.length);
  const name = cleanText(before.replace(/[*_`]/g, '')).replace(NUMBERED, '').trim();
  if (at !== null && name === '') return keyResult(after);
  const stated = name !== '' && at !== null ? readGateResult(after) : null;
  if (stated && !name.includes(':')) return { name, reading: stated };
  const keyed = keyResult(before);
  if (keyed) return keyed;
  if (at === null || cleanText(after) !== '' || NUMBERED.test(cleanText(heading))) return null;
  const last = normalizeKey(name).split(' ').at(-1) ?? '';
  const result = resultOfMark(readMark(at.token));
  return CHECK_NOUNS.has(last) && result ? { name, reading: { result, text: at.token } } : null;
}

/** `Name: RESULT` where RESULT is a result word and Name names no report-level verdict. */
function keyResult(text: string): { name: string; reading: GateReading } | null {
  const colon = text.indexOf(':');
  if (colon === -1) return null;
  const name = cleanText(text.slice(0, colon).replace(/[*_`]/g, '')).replace(NUMBERED, '').trim();
  const reading = readGateResult(text.slice(colon + 1));
  if (name === '' || !reading || NOT_GATE_NAMES.test(normalizeKey(name))) return null;
  return { name, reading };
}

function firstMarker(text: string): { index: number; token: string } | null {
  let best: { index: number; token: string } | null = null;
  for (const token of TOKENS) {
    const index = text.indexOf(token);
    if (index !== -1 && (best === null || index < best.index)) best = { index, token };
  }
  return best;
}
