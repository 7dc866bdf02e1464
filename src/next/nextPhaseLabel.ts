import type { Meta } from '../model/types.js';

/**
 * The label of the phase after this one: "6" -> "7", "4.10" -> "4.11",
 * "II" -> "3". Null when the report names no phase.
 */
export function nextPhaseLabel(phase: Meta['phase']): string | null {
  if (phase === null) return null;
  const dotted = /^(\d+)\.(\d+)$/.exec(phase.label);
  if (dotted) return `${dotted[1] ?? ''}.${Number(dotted[2]) + 1}`;
  if (/^\d+$/.test(phase.label)) return String(Number(phase.label) + 1);
  return phase.number === null ? null : String(Math.floor(phase.number) + 1);
}
