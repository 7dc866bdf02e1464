/**
 * Hand-made reports for render tests: sections and metadata come from parse()
 * of a small markdown text (section splitting is done), the extracted lists are
 * written here by hand, with the positions of the lines they stand for.
 */
import { parse } from '../../src/parse/parse.js';
import type { Evaluation } from '../../src/model/evaluation.js';
import type { Report } from '../../src/model/types.js';

export const SAMPLE_MD = `# Phase 6 Orchestration - Sample Report

**Generated**: 2025-09-27T04:14:00Z
**Agent**: task-orchestrator
**Status**: Assessment Complete

## Critical Issues

1. **Import Dependencies**: Missing \`API_TIMEOUT_SECONDS\`
2. **File System**: watcher errors (FIXED)

## Risk Assessment

### High-Risk Items
- **Test Infrastructure**: Cannot validate without working tests

### Low-Risk Items
- **Security**: Clean scan

## Immediate Actions Required

1. **Fix Test Infrastructure** (production-validator)
   - Restore missing constant
   - Fix enterprise test configuration

## Quality Gates
- **Test Success Rate**: >95% (currently ~60%)
- **Security Score**: Maintain 100% (achieved)
- **Integration Health**: >90% endpoint success

## Deployment Readiness Criteria
- [x] Zero blocking security issues
- [ ] All critical tests passing

## Next Steps

1. **Immediate**: Fix test infrastructure
2. **Final**: Generate go/no-go recommendation

**Verdict**: NO-GO
`;

const at = (line: number, column = 1) => ({ line, column });

/** The sample report with every list filled, positions pointing at SAMPLE_MD lines. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  const base = parse(SAMPLE_MD, { path: 'sample.md' });
  return {
    ...base,
    metrics: [],
    gates: [
      { id: 'g1', criterion: 'Test Success Rate', target: { comparator: '>', value: 95, unit: '%', raw: '>95%' }, current: { value: 60, unit: '%', approximate: true, raw: '~60%' }, met: false, sectionId: 'quality-gates', position: at(27, 3) },
      { id: 'g2', criterion: 'Security Score', target: { comparator: 'maintain', value: 100, unit: '%', raw: 'Maintain 100%' }, current: { value: 100, unit: '%', approximate: false, raw: '100%' }, met: true, sectionId: 'quality-gates', position: at(28, 3) },
      { id: 'g3', criterion: 'Integration Health', target: { comparator: '>', value: 90, unit: '%', raw: '>90%' }, current: null, met: null, sectionId: 'quality-gates', position: at(29, 3) },
    ],
    issues: [
      { id: 'i2', title: 'File System', detail: 'watcher errors', severity: 'high', category: 'Critical Issues', status: 'resolved', identifiers: [], sectionId: 'critical-issues', position: at(10, 1) },
      { id: 'i1', title: 'Import Dependencies', detail: 'Missing API_TIMEOUT_SECONDS', severity: 'blocking', category: 'Critical Issues', status: 'open', identifiers: ['API_TIMEOUT_SECONDS'], sectionId: 'critical-issues', position: at(9, 1) },
    ],
    risks: [
      { id: 'r2', level: 'low', label: null, title: 'Security', detail: 'Clean scan', mitigation: null, sectionId: 'low-risk-items', position: at(18, 1) },
      { id: 'r1', level: 'high', label: null, title: 'Test Infrastructure', detail: 'Cannot validate without working tests', mitigation: 'Restore the test suite first', sectionId: 'high-risk-items', position: at(15, 1) },
    ],
    actions: [
      {
        owner: 'production-validator',
        ownerKind: 'agent',
        title: 'Fix Test Infrastructure',
        status: null,
        tasks: [
          { text: 'Restore missing constant', mark: 'done', position: at(23, 4) },
          { text: 'Fix enterprise test configuration', mark: null, position: at(24, 4) },
        ],
        sectionId: 'immediate-actions-required',
        position: at(22, 1),
      },
    ],
    criteria: [
      { id: 'c1', text: 'Zero blocking security issues', state: 'checked', sectionId: 'deployment-readiness-criteria', position: at(32, 1) },
      { id: 'c2', text: 'All critical tests passing', state: 'unchecked', sectionId: 'deployment-readiness-criteria', position: at(33, 1) },
    ],
    steps: [
      { id: 's1', horizon: 'Immediate', text: 'Fix test infrastructure', mark: null, sectionId: 'next-steps', position: at(37, 1) },
      { id: 's2', horizon: 'Final', text: 'Generate go/no-go recommendation', mark: null, sectionId: 'next-steps', position: at(38, 1) },
    ],
    verdicts: [{ value: 'NO-GO', decision: 'no-go', key: 'Verdict', text: 'Verdict: NO-GO', position: at(40, 1) }],
    verdict: { value: 'NO-GO', decision: 'no-go', key: 'Verdict', text: 'Verdict: NO-GO', position: at(40, 1), conflict: false },
    ...overrides,
  };
}

/** An evaluation that disagrees with the sample's NO-GO. */
export function sampleEvaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    decision: 'go',
    stated: 'no-go',
    agrees: false,
    results: [
      { rule: 'no-open-blocking-issue', outcome: 'fail', onFail: 'no-go', message: '1 blocking issue is open', positions: [at(9)] },
      { rule: 'gates-met', outcome: 'unknown', onFail: 'conditional', message: '1 of 3 gates cannot be told', positions: [at(27), at(29)] },
    ],
    ...overrides,
  };
}

/**
 * A report whose every string field holds `text(field)`: the field's dotted
 * name goes in, so a test can tell which field a string came from.
 */
export function reportWithText(text: (field: string) => string): Report {
  const base = sampleReport();
  const pos = at(1);
  const t = text;
  const q = (field: string) => ({ value: 1, unit: t(`${field}.unit`), approximate: false, raw: t(`${field}.raw`) });
  return {
    ...base,
    source: { path: t('source.path'), lines: base.source.lines },
    meta: {
      title: { value: t('meta.title'), position: pos },
      phase: { label: t('meta.phase'), number: null, position: pos },
      generated: { raw: t('meta.generated'), iso: null, position: pos },
      author: { name: t('meta.author.name'), role: t('meta.author.role'), position: pos },
      status: { value: t('meta.status'), position: pos },
      nextUpdate: { value: t('meta.nextUpdate'), position: pos },
      subtitle: { value: t('meta.subtitle'), position: pos },
      fields: [{ key: t('meta.fields.key'), value: t('meta.fields.value'), placement: 'header', position: pos }],
    },
    sections: base.sections.map((s, i) => ({ ...s, heading: t(`sections.${i}.heading`) })),
    metrics: [{ id: 'm', name: t('metric.name'), target: { comparator: '>', value: 3, unit: t('metric.target.unit'), raw: t('metric.target.raw') }, current: null, before: { ...q('metric.before'), value: 0 }, after: q('metric.after'), mark: null, status: t('metric.status'), sectionId: 's', position: pos }],
    gates: [{ id: 'g', criterion: t('gate.criterion'), target: { comparator: '>', value: 2, unit: null, raw: t('gate.target.raw') }, current: { ...q('gate.current'), unit: null }, met: false, sectionId: 's', position: pos }],
    issues: [{ id: 'i', title: t('issue.title'), detail: t('issue.detail'), severity: 'high', category: t('issue.category'), status: 'open', identifiers: [t('issue.identifier')], sectionId: 's', position: pos }],
    risks: [{ id: 'r', level: 'other', label: t('risk.level'), title: t('risk.title'), detail: t('risk.detail'), mitigation: t('risk.mitigation'), sectionId: 's', position: pos }],
    actions: [{ owner: t('action.owner'), ownerKind: 'person', title: t('action.title'), status: t('action.status'), tasks: [{ text: t('task.text'), mark: 'pending', position: pos }], sectionId: 's', position: pos }],
    criteria: [{ id: 'c', text: t('criterion.text'), state: 'unchecked', sectionId: 's', position: pos }],
    steps: [{ id: 's', horizon: t('step.horizon'), text: t('step.text'), mark: null, sectionId: 's', position: pos }],
    verdicts: [{ value: t('verdict.value'), decision: 'conditional', key: t('verdict.key'), text: t('verdict.text'), position: pos }],
    verdict: { value: t('verdict.value'), decision: 'conditional', key: t('verdict.key'), text: t('verdict.text'), position: pos, conflict: false },
    tables: [],
    diagnostics: [{ message: t('diagnostic.message'), ruleId: t('diagnostic.ruleId'), severity: 'warning', position: pos }],
  };
}

/** An evaluation whose rule id and message hold `text(field)`. */
export function evaluationWithText(text: (field: string) => string): Evaluation {
  return sampleEvaluation({ results: [{ rule: text('evaluation.rule'), outcome: 'fail', onFail: 'no-go', message: text('evaluation.message'), positions: [at(1)] }] });
}
