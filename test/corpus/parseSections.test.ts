import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { seedText } from '../helpers/paths.js';

describe('sections', () => {
  it('builds the heading tree of the reference report with kinds from keywords', () => {
    const { sections } = parse(seedText());
    const byId = new Map(sections.map((s) => [s.id, s]));
    expect(sections[0]).toMatchObject({ heading: 'Phase 6 Orchestration - Initial Assessment Report', depth: 1, parentId: null });
    expect(byId.get('high-risk-items')).toMatchObject({ kind: 'risks', depth: 3, parentId: 'risk-assessment' });
    expect(byId.get('blocking-issues-must-fix')).toMatchObject({ kind: 'issues', parentId: 'critical-issues-identified' });
    expect(byId.get('quality-gates')?.kind).toBe('gates');
    expect(byId.get('deployment-readiness-criteria')?.kind).toBe('readiness');
    expect(byId.get('next-steps')?.kind).toBe('steps');
    expect(byId.get('phase-6-agent-assignments')?.kind).toBe('actions');
  });

  it('gives every block to exactly one section, so no source text is lost', () => {
    const text = seedText();
    const { sections } = parse(text);
    const headings = text.split('\n').filter((l) => /^#{1,6} /.test(l)).length;
    expect(sections).toHaveLength(headings);
    const bodies = sections.map((s) => s.markdown).join('\n');
    for (const line of text.split('\n')) {
      if (line.trim() === '' || /^#{1,6} /.test(line)) continue;
      expect(bodies).toContain(line.trim());
    }
  });
});
