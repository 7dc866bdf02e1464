import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { findOwners } from '../../src/next/findOwners.js';
import { nextPhaseLabel } from '../../src/next/nextPhaseLabel.js';
import { nextUpdate } from '../../src/next/nextUpdate.js';
import { parse } from '../../src/parse/parse.js';
import { emptyReport, gate, issue } from '../evaluate/reportBuilder.js';

const at = { line: 1, column: 1 };
const phase = (label: string, number: number | null): Report['meta']['phase'] => ({ label, number, position: at });

describe('nextPhaseLabel', () => {
  it('counts on from integer, dotted and roman labels', () => {
    expect(nextPhaseLabel(phase('6', 6))).toBe('7');
    expect(nextPhaseLabel(phase('4.10', 4.1))).toBe('4.11');
    expect(nextPhaseLabel(phase('II', 2))).toBe('3');
    expect(nextPhaseLabel(null)).toBeNull();
  });
});

describe('findOwners', () => {
  const action = (owner: string, task: string) => ({
    owner,
    ownerKind: 'team' as const,
    title: null,
    status: null,
    tasks: [{ text: task, mark: null, position: at }],
    sectionId: 'a',
    position: at,
  });

  it('matches a task naming the issue title or one of its identifiers, once per owner', () => {
    const batch = { ...issue('Settlement Batch Timeouts', 'blocking', 'open', 3), identifiers: ['SETTLEMENT_BATCH_SIZE'] };
    const actions = [
      action('settlement-team', 'Make SETTLEMENT_BATCH_SIZE adaptive'),
      action('qa-guild', 'Replay settlement batch timeouts at month end'),
      action('settlement-team', 'Close Settlement Batch Timeouts'),
      action('docs', 'Document settlement batches'),
    ];
    expect(findOwners(batch, actions)).toEqual(['settlement-team', 'qa-guild']);
  });

  it('does not match a title inside a longer word', () => {
    expect(findOwners(issue('Cache', 'low', 'open', 1), [action('x', 'Tune caches')])).toEqual([]);
  });
});

describe('nextUpdate on hand-made reports', () => {
  it('names the draft "Next Update" when the report has no phase', () => {
    const draft = nextUpdate(emptyReport({ meta: { ...emptyReport().meta, title: { value: 'Security Audit', position: at } } }));
    expect(draft.startsWith('# Next Update: Security Audit\n')).toBe(true);
    expect(draft).toContain('**Author**: _to fill_');
    expect(nextUpdate(emptyReport()).startsWith('# Next Update: Phase Report\n')).toBe(true);
  });

  it('adds the phase when the title does not name it', () => {
    const meta = { ...emptyReport().meta, title: { value: 'Orion Review', position: at }, phase: phase('3', 3) };
    expect(nextUpdate(emptyReport({ meta })).startsWith('# Phase 4 Update: Orion Review\n')).toBe(true);
  });

  it('escapes markdown in titles so they read back as written', () => {
    const tricky = issue('Fix *all* the [things] <now>', 'high', 'open', 4);
    const back = parse(nextUpdate(emptyReport({ issues: [tricky] })));
    expect(back.issues.map((i) => [i.title, i.severity])).toEqual([['Fix *all* the [things] <now>', 'high']]);
  });

  it('writes an unmeasured gate with its target and no last value', () => {
    const draft = nextUpdate(emptyReport({ gates: [gate('Integration Health', null, 5), gate('Coverage', true, 6)] }));
    expect(draft).toContain('1 of 2 quality gates were met in the last report');
    expect(draft).toContain('- **Integration Health**: >95% (not yet measured; new value: _to measure_)');
    const back = parse(draft);
    expect(back.gates.map((g) => [g.criterion, g.target?.raw, g.current])).toEqual([['Integration Health', '>95%', null]]);
  });

  it('says when there is nothing to carry', () => {
    const draft = nextUpdate(emptyReport());
    expect(draft).toContain('No open issue was carried from the last report.');
    expect(draft).toContain('The last report stated no quality gate.');
    expect(draft).toContain('No risk was carried from the last report.');
    expect(draft).toContain('The last report listed no next steps.');
    expect(draft).toContain('the report stated no verdict');
  });
});
