import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/model/types.js';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';

const byLine = (metrics: Metric[], line: number) => metrics.find((m) => m.position.line === line);

describe('metrics of the reference report', () => {
  const { metrics } = parse(seedText());

  it('reads "from 74 to 70 files" as before and after (line 22)', () => {
    expect(byLine(metrics, 22)).toMatchObject({
      id: 'god-object-decomposition',
      name: 'God Object Decomposition',
      before: { value: 74, unit: 'files' },
      after: { value: 70, unit: 'files' },
      current: { value: 70, unit: 'files' },
      target: null,
      sectionId: 'phase-1-3-achievements-preserved',
      position: { line: 22, column: 3 },
    });
  });

  it('reads ">0.85 achieved" as a target with its status (line 23)', () => {
    expect(byLine(metrics, 23)).toMatchObject({
      name: 'MECE Score',
      target: { comparator: '>', value: 0.85, unit: null },
      current: null,
      status: 'achieved',
      mark: 'done',
    });
  });

  it('reads "92% compliance maintained" and "Zero critical/high findings" (lines 24-25)', () => {
    expect(byLine(metrics, 24)).toMatchObject({ name: 'NASA Compliance', current: { value: 92, unit: '%', approximate: false } });
    expect(byLine(metrics, 25)).toMatchObject({ name: 'Security', current: { value: 0, raw: 'Zero' } });
  });

  it('takes every gate line as a metric too, the gate keeping the plain id', () => {
    expect(metrics.filter((m) => m.position.line >= 99 && m.position.line <= 103).map((m) => m.id)).toEqual([
      'test-success-rate',
      'nasa-compliance',
      'performance-budget',
      'security-score',
      'integration-health',
    ]);
    expect(byLine(metrics, 24)?.id).toBe('nasa-compliance-2');
    expect(new Set(metrics.map((m) => m.id)).size).toBe(metrics.length);
  });

  it('skips key lines without a quantity', () => {
    const names = metrics.map((m) => m.name);
    for (const name of ['Python Tests', 'JavaScript Tests', 'Security Scan', 'Import Issues', 'Type System', 'Generated', 'Status']) {
      expect(names).not.toContain(name);
    }
    expect(metrics.map((m) => m.position.line)).toEqual([22, 23, 24, 25, 44, 99, 100, 101, 102, 103]);
  });
});

describe('metrics checked by hand in the corpus', () => {
  it('artifacts_NASA-POT10-ITERATION2-REPORT.md: the Before/After/Delta table (lines 16-23)', () => {
    const { metrics } = parse(corpusText('artifacts_NASA-POT10-ITERATION2-REPORT.md'));
    expect(byLine(metrics, 18)).toMatchObject({
      name: 'Overall Compliance',
      before: { value: 46.1, unit: '%' },
      after: { value: 100, unit: '%' },
      current: { value: 100, unit: '%' },
    });
    // line 19: | **Total Violations** | 990+ | 0 | -990 |  (a floor N+ is written exactly)
    expect(byLine(metrics, 19)).toMatchObject({ name: 'Total Violations', before: { value: 990, approximate: false }, after: { value: 0 } });
    expect(byLine(metrics, 21)).toMatchObject({ name: 'Lines Fixed', after: { value: 2747 } });
    // line 119: 1. `selectOptimalModel`: 178 -> 52 LOC (-126)
    expect(byLine(metrics, 119)).toMatchObject({ name: 'selectOptimalModel', before: { value: 178, unit: 'LOC' }, after: { value: 52, unit: 'LOC' } });
  });

  it('artifacts_phase8-remediation-success-report.md: heading target and Before/After rows', () => {
    const { metrics } = parse(corpusText('artifacts_phase8-remediation-success-report.md'));
    // line 5: ### Theater Score: **0%** (Target: <20%)
    expect(byLine(metrics, 5)).toMatchObject({ name: 'Theater Score', current: { value: 0, unit: '%' }, target: { comparator: '<', value: 20 } });
    // line 130: | Compilation Errors | 15+ | 0 | -100% |
    expect(byLine(metrics, 130)).toMatchObject({ name: 'Compilation Errors', before: { value: 15, approximate: false }, after: { value: 0 } });
    // line 133: | Protocol Detection | Fake | Real Semantic | ✅ |  a categorical before/after
    expect(byLine(metrics, 133)).toMatchObject({ name: 'Protocol Detection', before: { value: 'Fake', unit: null }, after: { value: 'Real Semantic' }, mark: 'done' });
  });

  it('docs_Phase5-UI-Testing-Report.md: plain `Label: **value**` list items (lines 27-28, 52, 77-79)', () => {
    const { metrics } = parse(corpusText('docs_Phase5-UI-Testing-Report.md'));
    expect(byLine(metrics, 27)).toMatchObject({ name: 'Current training epoch', current: { value: 249 } });
    expect(byLine(metrics, 28)).toMatchObject({ name: 'Learning rate', current: { value: 0.0031 } });
    expect(byLine(metrics, 52)).toMatchObject({ name: 'Acceleration factor', current: { value: 2.4, unit: 'x' } });
    expect(byLine(metrics, 78)).toMatchObject({ name: 'Accuracy', current: { value: 94.7, unit: '%' } });
    expect(byLine(metrics, 14)).toMatchObject({ name: 'Components Tested', current: { value: 8, unit: '/8' } });
    expect(metrics.some((m) => m.name === 'Screenshot' || m.name === 'Viewport' || m.name === 'Test Date')).toBe(false);
  });

  it('artifacts_phase6-orchestration-final.md: marked gate lines (lines 140-144)', () => {
    const { metrics } = parse(corpusText('artifacts_phase6-orchestration-final.md'));
    // line 140: **Security**: 100% score maintained: the kept level is the target (=) and the current value
    expect(byLine(metrics, 140)).toMatchObject({ name: 'Security', current: { value: 100, unit: '%' }, target: { comparator: '=', value: 100 }, mark: 'done' });
    expect(byLine(metrics, 141)).toMatchObject({ name: 'Test Success', target: { comparator: '>', value: 95 }, current: { value: 60, approximate: true }, mark: 'in-progress' });
    // line 144: Maintain >92% states a strict bound
    expect(byLine(metrics, 144)).toMatchObject({ name: 'NASA Compliance', target: { comparator: '>', value: 92, unit: '%' } });
  });

  it('count nouns and ranges of time (PRODUCTION-VALIDATION-FINAL, phase8-remediation-success-report)', () => {
    const validation = parse(corpusText('artifacts_PRODUCTION-VALIDATION-FINAL.md')).metrics;
    // lines 114-115: Maximum Allowed: 100 god objects / Total Found: 243 god objects (in a fenced block of the god-object scan)
    expect(byLine(validation, 115)).toMatchObject({ name: 'Total Found', current: { value: 243, unit: 'god objects', raw: '243 god objects' }, target: { comparator: '<=', value: 100, unit: 'god objects' } });
    // line 324: **Total Estimated Effort**: 8-13 days to production readiness
    expect(byLine(validation, 324)).toMatchObject({ name: 'Total Estimated Effort', current: { value: '8-13', unit: 'days', raw: '8-13 days' } });
    const success = parse(corpusText('artifacts_phase8-remediation-success-report.md')).metrics;
    // line 101: Files Scanned: 48 migration and protocol TypeScript files
    expect(byLine(success, 101)).toMatchObject({ name: 'Files Scanned', current: { value: 48, unit: 'files' } });
  });
});
