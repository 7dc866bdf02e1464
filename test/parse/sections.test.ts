import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';

describe('sections', () => {
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
