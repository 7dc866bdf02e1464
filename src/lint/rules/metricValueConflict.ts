import type { Metric, Quantity, Report, Section } from '../../model/types.js';
import { REPORT_WIDE_KINDS } from '../policy/claims.js';
import { normalizeKey } from '../../parse/text/normalizeKey.js';
import type { LintRule, RuleFinding } from '../types.js';

/** Decimal places written in a raw quantity ("92.3%" -> 1). */
function decimals(raw: string): number {
  return /\d\.(\d+)/.exec(raw)?.[1]?.length ?? 0;
}

/** Two values agree when the more precise one, rounded to the other's precision, equals it ("92.3%" and "92%"). */
function agree(a: Quantity, b: Quantity): boolean {
  if (a.value === null || b.value === null) return true;
  // categorical values (`PASS`, `PARTIAL`) agree when they are the same word; a word and a number never conflict
  if (typeof a.value === 'string' || typeof b.value === 'string') {
    return typeof a.value !== typeof b.value || String(a.value).toLowerCase() === String(b.value).toLowerCase();
  }
  const [x, y] = [a.value, b.value];
  if (a.approximate || b.approximate || /^[<>≤≥~]/.test(a.raw) || /^[<>≤≥~]/.test(b.raw)) return true;
  const places = Math.min(decimals(a.raw), decimals(b.raw));
  const round = (v: number) => Math.round(v * 10 ** places) / 10 ** places;
  return Math.abs(round(x) - round(y)) < 1e-9 || x === y;
}

function key(metric: Metric, sections: ReadonlyMap<string, Section>): string | null {
  const current = metric.current;
  if (!current || current.value === null || metric.before !== null || metric.after !== null) return null;
  const section = sections.get(metric.sectionId);
  const subject = section && section.depth <= 2 && REPORT_WIDE_KINDS.has(section.kind) ? '' : metric.sectionId;
  return `${normalizeKey(metric.name)}\u0000${current.unit ?? ''}\u0000${subject}`;
}

const cite = (m: Metric) => ({ position: m.position, note: `states ${m.current?.raw ?? '?'}` });

export const metricValueConflict: LintRule = {
  id: 'metric-value-conflict',
  severity: 'warning',
  description: 'The same metric is stated with different current values in one report',
  check(report: Report): RuleFinding[] {
    const groups = new Map<string, Metric[]>();
    const sections = new Map(report.sections.map((s) => [s.id, s]));
    for (const metric of report.metrics) {
      const k = key(metric, sections);
      if (k !== null) groups.set(k, [...(groups.get(k) ?? []), metric]);
    }
    const found: RuleFinding[] = [];
    for (const metrics of groups.values()) {
      const [first, ...rest] = metrics;
      // the same name repeated inside one section is a field of each item listed there ("Estimated effort" per option)
      if (new Set(metrics.map((m) => m.sectionId)).size < 2) continue;
      if (!first?.current || rest.every((m) => m.current === null || agree(first.current as Quantity, m.current))) continue;
      const values = [...new Set(metrics.map((m) => m.current?.raw ?? ''))].join(', ');
      found.push({
        message: `Metric "${first.name}" is stated with different values: ${values}`,
        citations: [cite(first), ...rest.map(cite)],
      });
    }
    return found;
  },
};
