import type { Gate, Metric, Report } from '../../model/types.js';
import { computeMet } from '../../parse/extract/measure/computeMet.js';
import { PASS_CLAIM } from '../policy/claims.js';
import { lineIndex } from '../sourceLines.js';
import type { LintRule, RuleFinding } from '../types.js';

function describe(fact: Pick<Metric, 'target' | 'current'>): string {
  return `${fact.current?.raw ?? '?'} against a target of ${fact.target?.raw ?? '?'}`;
}

/** The line without the fact's own name, so that "Tests Passed: 5/10" is no claim. */
function claimText(line: string, name: string): string {
  return name === '' ? line : line.split(name).join(' ');
}

function metricClaim(metric: Metric, line: string): boolean {
  return metric.mark === 'done' || PASS_CLAIM.test(metric.status ?? '') || PASS_CLAIM.test(claimText(line, metric.name));
}

export const claimedPass: LintRule = {
  id: 'claimed-pass',
  severity: 'error',
  description: 'A metric or gate is marked as passed (✅, PASS, met) while its current value misses its own target',
  check(report: Report): RuleFinding[] {
    const lines = lineIndex(report);
    const found: RuleFinding[] = [];
    const seen = new Set<number>();
    const fire = (fact: Metric | Gate, name: string, kind: string) => {
      if (seen.has(fact.position.line)) return;
      seen.add(fact.position.line);
      found.push({
        message: `${kind} "${name}" is marked as passed but ${describe(fact)} misses it`,
        citations: [{ position: fact.position, note: `marked passed, ${describe(fact)}` }],
      });
    };
    for (const metric of report.metrics) {
      if (computeMet(metric.target, metric.current) !== false) continue;
      if (metricClaim(metric, lines.get(metric.position.line) ?? '')) fire(metric, metric.name, 'metric');
    }
    for (const gate of report.gates) {
      if (gate.met !== false || computeMet(gate.target, gate.current) !== false) continue;
      if (PASS_CLAIM.test(claimText(lines.get(gate.position.line) ?? '', gate.criterion))) fire(gate, gate.criterion, 'gate');
    }
    return found;
  },
};
