import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bucketOf, RISK_LEVEL_ORDER, riskRank } from '../../src/model/riskLevel.js';
import { parse } from '../../src/parse/parse.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('risk forms (fixtures/cases/risk-forms)', () => {
  const report = fixture('risk-forms');
  const byTitle = new Map(report.risks.map((r) => [r.title, r]));

  it('reads nested bullets as detail and a "Mitigation:" bullet as mitigation', () => {
    expect(byTitle.get('Data Loss')).toMatchObject({ level: 'high', detail: 'Dual writes may diverge\nSeen once in staging', mitigation: 'Nightly reconciliation job' });
  });

  it('reads "(Medium)" after the title and a nested "Risk Level:"', () => {
    expect(byTitle.get('Vendor Lock-in')).toMatchObject({ level: 'medium', detail: 'Contract renews yearly' });
    expect(byTitle.get('Key Rotation')?.level).toBe('low');
  });

  it('reads register tables without their summary row, and Risk N headings', () => {
    expect(byTitle.get('Rate limits')).toMatchObject({ level: 'high', mitigation: 'Backoff with jitter', detail: 'Probability: Medium\nImpact: High' });
    expect(byTitle.get('Currency rounding')?.level).toBe('low');
    expect(byTitle.get('Schema Drift')).toMatchObject({ level: 'critical', mitigation: 'Contract tests in CI' });
    expect(report.risks).toHaveLength(7); // six above and the High Confidence item
  });

  it('reports nothing: every risk has a level', () => {
    expect(report.diagnostics).toEqual([]);
  });

  it('reports a risk without level once per section', () => {
    const { risks, diagnostics } = parse('## Risks\n- Vendor churn\n- Budget cuts\n');
    expect(risks.map((r) => r.level)).toEqual(['unknown', 'unknown']);
    expect(diagnostics.map((d) => [d.ruleId, d.position.line])).toEqual([['risk-level-unknown', 2]]);
  });
});

describe('risk levels are a closed set (fixtures/cases/risk-forms)', () => {
  const { risks } = fixture('risk-forms');

  it('files a bucket that is no level under other, with the bucket name as label', () => {
    // `### High Confidence Areas ✅` lists strengths: neither high nor low risk
    expect(risks.find((r) => r.title === 'Payments Core')).toMatchObject({ level: 'other', label: 'High Confidence Areas' });
    for (const r of risks) expect(r.level === 'other').toBe(r.label !== null);
  });

  it('ranks levels once: most severe first, unranked last', () => {
    expect(RISK_LEVEL_ORDER).toEqual(['critical', 'high', 'medium', 'low', 'none', 'resolved', 'other', 'unknown']);
    expect(riskRank('High')).toBe(3);
    expect(riskRank('watch')).toBeNull();
    expect(bucketOf({ level: 'other', label: 'High Confidence Areas' })).toBe('High Confidence Areas');
  });
});
