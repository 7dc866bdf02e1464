import type { Summary } from './summarize.js';

/** The short human-readable digest printed by `phase-report parse --summary`. */
export function formatSummary(file: string, s: Summary): string {
  const pairs = (counts: Record<string, number>) =>
    Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'none';
  return [
    `${file}: ${s.title ?? '(untitled)'}${s.phase === null ? '' : ` (phase ${s.phase})`}`,
    `  verdict   ${s.verdict ?? 'not stated'}`,
    `  metrics   ${s.metrics}`,
    `  gates     ${s.gates.total} (${s.gates.met} met, ${s.gates.unmet} not met, ${s.gates.unknown} unknown)`,
    `  issues    ${s.issues.total} (${s.issues.open} open, ${s.issues.resolved} resolved; ${pairs(s.issues.bySeverity)})`,
    `  risks     ${pairs(s.risks)}`,
    `  actions   ${s.actions}, steps ${s.steps}, criteria ${s.criteria}`,
    `  problems  ${s.diagnostics}`,
  ].join('\n');
}
