import type { Position, Report } from '../model/types.js';
import { SUBJECT_LABELS } from './policy/subjectLabels.js';
import type { DeclarativeRule, FactFilter, RuleCheck } from './rule.js';

type Fact = Readonly<Record<string, unknown>> & { readonly position: Position };

/**
 * Apply a declarative rule: the facts of its subject matching `fail` make it
 * fail; otherwise those matching `unknown` leave it unknown; otherwise it passes.
 */
export function checkFacts(report: Report, rule: DeclarativeRule): RuleCheck {
  const facts: readonly Fact[] = report[rule.subject];
  const label = SUBJECT_LABELS[rule.subject];
  const failing = select(facts, rule.fail);
  if (failing.length > 0) return result('fail', rule.messages.fail, failing, label);
  const unknown = select(facts, rule.unknown);
  if (unknown.length > 0) return result('unknown', rule.messages.unknown, unknown, label);
  const message = facts.length === 0 && rule.messages.none !== undefined ? rule.messages.none : rule.messages.pass;
  return { outcome: 'pass', message, positions: [] };
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
