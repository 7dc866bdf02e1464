import type { SectionKind } from '../../model/types.js';

/**
 * Which heading words make a section of which kind. Tested in order against the
 * normalised heading (lower case, emoji and numbering removed); first match wins,
 * so the specific rows come before the general ones. A heading that matches
 * nothing inherits the kind of its parent section.
 */
export const SECTION_KINDS: ReadonlyArray<{ kind: SectionKind; pattern: RegExp }> = [
  // success / exit criteria are checklists (readiness), not gates: their items are ticked, not measured against a gate
  { kind: 'gates', pattern: /\b(quality gates?|gates?|success metrics?|kpis?|targets?)\b/ },
  { kind: 'readiness', pattern: /\b(readiness|checklist|acceptance criteria|criteria|prerequisites|sign ?off)\b/ },
  { kind: 'risks', pattern: /\b(risks?|threats?|risk register|risk assessment)\b/ },
  { kind: 'verdict', pattern: /\b(verdict|go no go|go\/no go|recommendation|decision|conclusion|final assessment|certification|final status|determination)\b/ },
  { kind: 'steps', pattern: /\b(next steps?|roadmap|timeline|follow ?ups?|way forward|future work|upcoming)\b/ },
  { kind: 'actions', pattern: /\b(actions?|assignments?|owners?|responsibilit(y|ies)|priorities|team|coordination plan|remediation plan|tasks?)\b/ },
  { kind: 'issues', pattern: /\b(issues?|blockers?|blocking|failures?|problems?|defects?|bugs?|findings?|vulnerabilit(y|ies)|violations?|gaps?|errors?|limitations?)\b/ },
  { kind: 'metrics', pattern: /\b(metrics?|scores?|measurements?|statistics|results|benchmarks?|performance|kpi)\b/ },
  { kind: 'summary', pattern: /\b(executive summary|summary|overview|tl ?dr|highlights?)\b/ },
  { kind: 'status', pattern: /\b(status|current state|state of)\b/ },
];
