import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/model/types.js';
import { parse } from '../../src/parse/parse.js';
import { corpusText, repoRoot, seedText } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));
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

describe('metric line forms (fixtures/cases/metric-line-forms)', () => {
  const report = fixture('metric-line-forms');
  const metric = (name: string) => report.metrics.find((m) => m.name === name);

  it('reads units, signs, ratios and approximate values', () => {
    expect(metric('Build Time')).toMatchObject({ current: { value: 2.3, unit: 's' }, target: { comparator: '<', value: 5, unit: 's' } });
    expect(metric('Bundle Size')?.current).toMatchObject({ value: 1234, unit: 'KB' });
    expect(metric('Error Budget')?.current).toMatchObject({ value: -0.4, unit: 'pp' });
    expect(metric('Coverage Delta')?.current).toMatchObject({ value: 53.9, unit: 'pp', raw: '+53.9pp' });
    expect(metric('Unit Tests')?.current).toMatchObject({ value: 17, unit: '/17', raw: '17/17 tests' });
    expect(metric('Startup')?.current).toMatchObject({ value: 60, unit: 'ms', approximate: true });
    expect(metric('Speedup')?.current).toMatchObject({ value: 2.4, unit: 'x' });
    expect(metric('Critical Vulnerabilities')?.current).toMatchObject({ value: 0 });
    expect(metric('Secrets Exposure')?.current).toMatchObject({ value: 0 });
    expect(metric('Cold start')?.current).toMatchObject({ value: 450, unit: 'ms', approximate: true });
  });

  it('reads before/after forms: arrow removed, arrows, chains, "Improved from"', () => {
    expect(metric('Flaky Suites')).toMatchObject({ before: { value: 104, unit: 'files' }, after: { value: 7, unit: 'files' } });
    expect(metric('Open Findings')).toMatchObject({ before: { value: 12 }, after: { value: 3 } });
    expect(metric('Retry Rate')).toMatchObject({ before: { value: 9.5 }, after: { value: 2.2 }, current: { value: 2.2 } });
    expect(metric('Lint Score')).toMatchObject({ current: { value: 87, unit: '/100' }, before: { value: 78 }, after: null });
  });

  it('reads paragraph key lines and `Key: value` headings', () => {
    expect(metric('Throughput')).toMatchObject({ current: { value: 8.2, unit: 'req/s' }, target: { comparator: '>', value: 5 } });
    expect(metric('Queue Depth')).toMatchObject({ target: { comparator: '<', value: 40 }, current: { value: 55 } });
    expect(metric('Performance Score')).toMatchObject({ current: { value: 91 }, target: { comparator: '>=', value: 90 }, mark: 'done' });
  });

  it('skips text, URLs and file names, and reports only the unreadable target', () => {
    for (const name of ['Release Notes', 'Dashboard URL', 'Screenshot', 'Capacity Plan']) expect(metric(name)).toBeUndefined();
    expect(report.diagnostics.filter((d) => d.ruleId === 'metric-unreadable')).toEqual([
      expect.objectContaining({ severity: 'info', position: { line: 28, column: 1 } }),
    ]);
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
    expect(byLine(metrics, 19)).toMatchObject({ name: 'Total Violations', before: { value: 990, approximate: true }, after: { value: 0 } });
    expect(byLine(metrics, 21)).toMatchObject({ name: 'Lines Fixed', after: { value: 2747 } });
    // line 119: 1. `selectOptimalModel`: 178 -> 52 LOC (-126)
    expect(byLine(metrics, 119)).toMatchObject({ name: 'selectOptimalModel', before: { value: 178, unit: 'LOC' }, after: { value: 52, unit: 'LOC' } });
  });

  it('artifacts_phase8-remediation-success-report.md: heading target and Before/After rows', () => {
    const { metrics } = parse(corpusText('artifacts_phase8-remediation-success-report.md'));
    // line 5: ### Theater Score: **0%** (Target: <20%)
    expect(byLine(metrics, 5)).toMatchObject({ name: 'Theater Score', current: { value: 0, unit: '%' }, target: { comparator: '<', value: 20 } });
    // line 130: | Compilation Errors | 15+ | 0 | -100% |
    expect(byLine(metrics, 130)).toMatchObject({ name: 'Compilation Errors', before: { value: 15, approximate: true }, after: { value: 0 } });
    // rows without numbers (Protocol Detection | Fake | Real Semantic) are no metrics
    expect(metrics.map((m) => m.name)).not.toContain('Protocol Detection');
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
    expect(byLine(metrics, 140)).toMatchObject({ name: 'Security', current: { value: 100, unit: '%' }, mark: 'done' });
    expect(byLine(metrics, 141)).toMatchObject({ name: 'Test Success', target: { comparator: '>', value: 95 }, current: { value: 60, approximate: true }, mark: 'in-progress' });
    expect(byLine(metrics, 144)).toMatchObject({ name: 'NASA Compliance', target: { comparator: 'maintain', value: 92, unit: '%' } });
  });
});
