import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { ownerKind } from '../../src/parse/text/ownerKind.js';
import { repoRoot } from '../helpers/paths.js';

const fixture = (name: string) => parse(readFileSync(join(repoRoot, 'fixtures', 'cases', name, 'input.md'), 'utf8'));

describe('action forms (fixtures/cases/steps-actions-criteria)', () => {
  const { actions } = fixture('steps-actions-criteria');

  it('reads agents, teams and people as owners', () => {
    expect(actions.map((a) => [a.owner, a.ownerKind, a.title])).toEqual([
      ['index-builder', 'agent', 'Platform Team'],
      ['query-planner', 'agent', 'Platform Team'],
      ['relevance-tuner', 'agent', 'Tune Ranking'],
      ['Docs Team', 'team', 'Write Runbook'],
      ['Ada Lovelace', 'person', 'Owner Assignments'],
    ]);
  });

  it('keeps task marks', () => {
    expect(actions[2]?.tasks.map((t) => [t.text, t.mark])).toEqual([['Collect click data', null], ['Retrain model', 'done']]);
    expect(actions[4]).toMatchObject({ status: 'In review', tasks: [{ text: 'Review scoring formula', mark: 'in-progress' }] });
  });

  it('classifies owner names by the policy table', () => {
    expect(['task-orchestrator', 'Security Team', 'Grace Hopper', 'CRITICAL'].map((n) => ownerKind(n))).toEqual(['agent', 'team', 'person', 'unknown']);
  });
});

describe('per-agent result sections (fixtures/cases/agent-results)', () => {
  const { actions } = fixture('agent-results');

  it('reads `### N. <ROLE> AGENT` with a Status line as one action with its status and tasks', () => {
    expect(actions.map((a) => [a.position.line, a.owner, a.ownerKind, a.status])).toEqual([
      [7, 'CODER AGENT', 'agent', 'COMPLETE'],
      [15, 'TESTER AGENT', 'agent', 'PARTIAL - 3 suites still flaky'],
      [21, 'Security Reviewer Agent', 'agent', 'BLOCKED'],
    ]);
    expect(actions[0]?.tasks.map((t) => t.mark)).toEqual([null, 'done']);
    expect(actions[2]?.title).toBe('Security Reviewer Agent (security-manager)');
  });
});
