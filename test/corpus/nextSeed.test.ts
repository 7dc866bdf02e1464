/** nextUpdate on the seed report (../shared/seeds): moved from test/next/nextUpdate.test.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { nextUpdate } from '../../src/next/nextUpdate.js';
import { parse } from '../../src/parse/parse.js';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const seed = parse(read('../../../shared/seeds/000_718d4ae93b8ae2e4.txt'));

const open = (report: Report) => report.issues.filter((i) => i.status !== 'resolved');
const byId = (report: Report) => Object.fromEntries(report.issues.map((i) => [i.id, i]));
const levels = (report: Report) => Object.fromEntries(report.risks.map((r) => [r.title, r.level]));

describe('nextUpdate on the seed report', () => {
  const draft = nextUpdate(seed);
  const back = parse(draft);

  it('titles and dates the draft for the next phase with placeholders, no clock', () => {
    expect(back.meta.title?.value).toBe('Phase 7 Orchestration - Initial Assessment Report');
    expect(back.meta.phase?.label).toBe('7');
    expect(back.meta.generated?.raw).toBe('YYYY-MM-DD');
    expect(back.meta.author?.name).toBe('task-orchestrator');
    expect(back.meta.status?.value).toBe('Draft');
    expect(back.meta.fields.find((f) => f.key === 'Previous Report')?.value).toBe(seed.meta.title?.value);
  });

  it('carries every open issue with the same stable id and severity', () => {
    expect(open(seed)).toHaveLength(10);
    const carried = byId(back);
    for (const issue of open(seed)) {
      expect(carried[issue.id], issue.title).toMatchObject({ title: issue.title, severity: issue.severity, status: 'open' });
    }
    expect(back.issues).toHaveLength(10);
  });

  it('writes owner and status slots, owners found in the actions', () => {
    expect(draft).toContain('1. **Import Dependencies**: Missing API_TIMEOUT_SECONDS in src.constants.base\n   - **Owner**: production-validator\n   - **Status**: _to update_');
    expect(draft).toContain('2. **Test Environment**: Configuration failures in enterprise tests\n   - **Owner**: _to assign_');
  });

  it('carries the gates not met with their target and last value, and a slot for the new value', () => {
    expect(draft).toContain('- **Test Success Rate**: >95% (currently ~60%; new value: _to measure_)');
    const unmet = seed.gates.filter((g) => g.met !== true);
    expect(back.gates.map((g) => g.criterion)).toEqual(unmet.map((g) => g.criterion));
    for (const gate of unmet) {
      const again = back.gates.find((g) => g.criterion === gate.criterion);
      expect(again?.target, gate.criterion).toEqual(gate.target);
      expect(again?.current?.raw ?? null, gate.criterion).toBe(gate.current?.raw ?? null);
    }
  });

  it('carries the risks with their levels', () => {
    expect(back.risks).toHaveLength(9);
    expect(levels(back)).toEqual(levels(seed));
  });

  it("turns the last report's next steps into a checklist", () => {
    expect(draft).toContain('- [ ] **Immediate**: Fix test infrastructure blocking issues');
    expect(draft).toContain('- [ ] **Final**: Generate go/no-go recommendation');
    expect(back.steps.map((s) => [s.horizon, s.text])).toEqual(seed.steps.map((s) => [s.horizon, s.text]));
  });

  it('reports the evaluation and leaves the new verdict open', () => {
    expect(draft).toContain('**Recommendation**: _to decide_');
    expect(draft).toContain('gave **NO-GO**');
    expect(draft).toContain(
      '- `no-open-blocking-issue` (fail, forces no-go): 4 open blocking issue(s): "Import Dependencies", "Test Environment", "Docker/Container", "File System" (lines 36, 37, 38, 39)',
    );
    expect(draft).toContain('- `no-critical-risk` (pass): no critical risk');
    expect(back.verdict).toBeNull();
  });

  it('has no "resolved since" section without a previous report', () => {
    expect(draft).not.toContain('Resolved Issues Since Last Update');
  });

  it('is deterministic and leaves its input alone', () => {
    const before = JSON.stringify(seed);
    expect(nextUpdate(seed)).toBe(draft);
    expect(JSON.stringify(seed)).toBe(before);
  });
});
