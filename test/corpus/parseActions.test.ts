import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { corpusText, seedText } from '../helpers/paths.js';


describe('actions of the reference report', () => {
  const { actions } = parse(seedText());

  it('reads the three Phase 6 agent assignments with three tasks each (lines 81-94)', () => {
    const assigned = actions.filter((a) => a.sectionId === 'phase-6-agent-assignments');
    expect(assigned.map((a) => [a.owner, a.ownerKind, a.title, a.tasks.length])).toEqual([
      ['production-validator', 'agent', 'Fix Test Infrastructure', 3],
      ['system-architect', 'agent', 'Resolve Integration Failures', 3],
      ['performance-benchmarker', 'agent', 'Performance Compliance', 3],
    ]);
    expect(assigned[0]?.tasks.map((t) => t.text)).toEqual([
      'Restore missing API_TIMEOUT_SECONDS constant',
      'Fix enterprise test configuration',
      'Validate Python test suite execution',
    ]);
    expect(assigned[0]?.tasks[0]?.position).toEqual({ line: 82, column: 4 });
  });

  it('reads the team priority lists as one action per agent, titled by the team', () => {
    const teams = actions.filter((a) => a.title === 'Validation Team' || a.title === 'Integration Team');
    expect(teams.map((a) => [a.title, a.owner, a.tasks.map((t) => t.text)])).toEqual([
      ['Validation Team', 'production-validator', ['Fix test infrastructure and validate deployment readiness']],
      ['Validation Team', 'security-manager', ['Address remaining security integration gaps']],
      ['Validation Team', 'performance-benchmarker', ['Resolve performance budget compliance issues']],
      ['Integration Team', 'system-architect', ['Design fixes for integration failures']],
      ['Integration Team', 'reviewer', ['Code review and quality validation']],
      ['Integration Team', 'task-orchestrator', ['Coordinate remediation efforts']],
    ]);
    expect(actions).toHaveLength(9);
  });
});

describe('actions of artifacts_phase6-orchestration-final.md', () => {
  const { actions } = parse(corpusText('artifacts_phase6-orchestration-final.md'));

  it('reads the Agent/Mission/Status tables (lines 58-73) with the team as title', () => {
    const rows = actions.filter((a) => a.position.line >= 60 && a.position.line <= 73);
    expect(rows.map((a) => [a.owner, a.title, a.status])).toEqual([
      ['production-validator', 'Infrastructure Team', 'READY'],
      ['system-architect', 'Infrastructure Team', 'READY'],
      ['security-manager', 'Validation Team', 'STAGED'],
      ['performance-benchmarker', 'Validation Team', 'STAGED'],
      ['reviewer', 'Integration Team', 'WAITING'],
      ['task-orchestrator', 'Integration Team', 'ACTIVE'],
    ]);
    expect(rows[4]?.tasks).toEqual([{ text: 'Code review, quality gates, final validation', mark: 'in-progress', position: { line: 72, column: 1 } }]);
  });

  it('groups the unowned immediate actions (lines 191-194) under "unassigned"', () => {
    const immediate = actions.find((a) => a.title === 'Immediate Actions (Next 15 minutes)');
    expect(immediate).toMatchObject({ owner: 'unassigned', ownerKind: 'unknown' });
    expect(immediate?.tasks).toHaveLength(4);
  });
});
