import { HORIZONS } from '../policy/horizons.js';
import { cleanText } from './cleanText.js';

/**
 * The horizon a step lead or sub-heading names ("Immediate", "Short-term",
 * "Week 2", "Phase 3", "Days 1-5"), or null. Numbered horizons keep their
 * words, capitalised.
 */
export function readHorizon(text: string): string | null {
  const key = cleanText(text).replace(/^\d+[.)]\s+/, '').replace(/\*\*/g, '').trim();
  const inParens = /\(([^()]+)\)\s*$/.exec(key)?.[1];
  return fromStart(key) ?? (inParens ? fromStart(inParens) : null);
}

function fromStart(key: string): string | null {
  for (const { pattern, label } of HORIZONS) {
    const match = pattern.exec(key);
    if (!match) continue;
    if (label !== null) return label;
    const words = joinDashes(match[0]).replace(/\s+/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
  }
  return null;
}

/** Whitespace around each dash dropped, like `/\s*[-–]\s*​/g` -> '-' but linear. */
function joinDashes(text: string): string {
  const parts = text.split(/[-–]/);
  return parts.map((part, i) => {
    const start = i > 0 ? part.trimStart() : part;
    return i < parts.length - 1 ? start.trimEnd() : start;
  }).join('-');
}
