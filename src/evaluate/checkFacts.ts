import type { Position, Report } from '../model/types.js';
import { SUBJECT_LABELS } from './policy/subjectLabels.js';
import type { DeclarativeRule, FactFilter, RuleCheck, RuleSubject } from './rule.js';

type Fact = Readonly<Record<string, unknown>> & { readonly position: Position };

/**
 * Apply a declarative rule: the facts of its subject matching `fail` make it
 * fail (as does having none, for a `failWhenNone` rule); otherwise those matching `unknown` leave it unknown; otherwise it passes.
 */
export function checkFacts(report: Report, rule: DeclarativeRule): RuleCheck {
  const facts = subjectFacts(report, rule.subject);
  const label = SUBJECT_LABELS[rule.subject];
  if (facts.length === 0 && rule.failWhenNone) return { outcome: 'fail', message: rule.messages.fail, positions: [] };
  const failing = select(facts, rule.fail);
  if (failing.length > 0) return result('fail', rule.messages.fail, failing, label);
  const unknown = select(facts, rule.unknown);
  if (unknown.length > 0) return result('unknown', rule.messages.unknown, unknown, label);
  const message = facts.length === 0 && rule.messages.none !== undefined ? rule.messages.none : rule.messages.pass;
  return { outcome: 'pass', message, positions: [] };
}

function subjectFacts(report: Report, subject: RuleSubject): readonly Fact[] {
  if (subject === 'verdict') return report.verdict ? [report.verdict] : [];
  if (subject === 'evidence') return [...report.gates.map((g) => ({ ...g, text: g.criterion })), ...(report.verdicts.length > 0 ? report.verdicts : report.verdict ? [report.verdict] : []), ...report.issues.map((i) => ({ ...i, text: i.title }))];
  return report[subject];
}

function select(facts: readonly Fact[], filter: FactFilter | undefined): Fact[] {
  if (filter === undefined) return [];
  const entries = Object.entries(filter);
  return facts.filter((fact) => entries.every(([field, values]) => values.some((v) => v === fact[field])));
}

function result(outcome: RuleCheck['outcome'], template: string, facts: readonly Fact[], label: string): RuleCheck {
  const items = facts.map((f) => `"${String(f[label])}"`).join(', ');
  const message = template.replaceAll('{count}', String(facts.length)).replaceAll('{items}', items);
  return { outcome, message, positions: facts.map((f) => f.position) };
}
