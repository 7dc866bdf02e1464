import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/parse.js';
import { seedText } from '../helpers/paths.js';

describe('meta on the reference report', () => {
  const { meta } = parse(seedText());

  it('reads title, phase, generated date, author, status and next update', () => {
    expect(meta.title?.value).toBe('Phase 6 Orchestration - Initial Assessment Report');
    expect(meta.phase).toMatchObject({ label: '6', number: 6 });
    expect(meta.generated).toMatchObject({ raw: '2025-09-27T04:14:00Z', iso: '2025-09-27T04:14:00Z', position: { line: 3, column: 1 } });
    expect(meta.author).toMatchObject({ name: 'task-orchestrator', role: 'Agent', position: { line: 4 } });
    expect(meta.status?.value).toBe('Assessment Complete');
    expect(meta.nextUpdate).toMatchObject({ value: 'After critical fixes implementation', position: { line: 127 } });
  });

  it('keeps every key/value line with its placement, sign-off lines included', () => {
    expect(meta.fields.map((f) => [f.key, f.placement, f.position.line])).toEqual([
      ['Generated', 'header', 3],
      ['Agent', 'header', 4],
      ['Status', 'header', 5],
      ['Status', 'footer', 126],
      ['Next Update', 'footer', 127],
    ]);
  });
});
