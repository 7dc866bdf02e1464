import { evaluate, resolveRules } from '../evaluate/index.js';
import type { Theme } from '../render/index.js';
import type { NamedReport } from './loadReports.js';
import { mergePlans } from './mergePlans.js';
import { planReport } from './planReport.js';
import type { OutputPlan, RunContext } from './types.js';

/** `render`: each report in each configured format. */
export function planRender(reports: readonly NamedReport[], theme: Theme, context: RunContext): OutputPlan {
  const rules = resolveRules({ rules: context.config.rules });
  return mergePlans(reports.map(({ name, report }) => planReport(name, report, evaluate(report, rules), theme, context)));
}
