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

  it('recognises emoji and emoji-stripped headings alike', () => {
    const md = '# T\n\n## 🚨 Critical Issues\n\n- a\n\n## [U+1F6A8] Risk Register\n\n- b\n\n##  NEXT STEPS\n\n- c\n\n## [OK] Quality Gates\n';
    expect(parse(md).sections.map((s) => s.kind)).toEqual(['other', 'issues', 'risks', 'steps', 'gates']);
  });

  it('keeps blocks before the first heading in a preamble section', () => {
    const { sections } = parse('Intro text.\n\n# Title\n\nBody.\n');
    expect(sections.map((s) => [s.id, s.depth, s.markdown])).toEqual([
      ['preamble', 0, 'Intro text.'],
      ['title', 1, 'Body.'],
    ]);
  });

  it('gives unique ids to repeated headings', () => {
    const ids = parse('# A\n## Notes\n## Notes\n## Notes\n').sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
