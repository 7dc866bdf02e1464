import { describe, expect, it } from 'vitest';
import { validateReport } from '../../src/model/validateReport.js';
import { parse } from '../../src/parse/parse.js';
import { corpusFiles, corpusText } from '../helpers/paths.js';

describe.each(corpusFiles())('metrics, gates and tables of %s', (file) => {
  const text = corpusText(file);
  const report = parse(text, { path: file });

  it('validates against the model and is deterministic', () => {
    expect(validateReport(report)).toMatchObject({ ok: true });
    expect(parse(text, { path: file })).toEqual(report);
  });

  it('gives unique ids and only facts that hold a value', () => {
    for (const list of [report.metrics, report.gates, report.tables]) expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
    for (const m of report.metrics) expect(m.target ?? m.current ?? m.before).not.toBeNull();
    for (const g of report.gates) expect(g.target ?? g.current).not.toBeNull();
    for (const t of report.tables) for (const row of t.rows) expect(row).toHaveLength(t.headers.length);
  });

  it('places every metric on a source line that shows its name', () => {
    const lines = text.split('\n');
    for (const m of report.metrics) {
      // letters and digits only: a JSON key `theater_score` shows the name "Theater Score"
      const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      expect(plain(lines[m.position.line - 1] ?? ''), `${file}:${m.position.line}`).toContain(plain(m.name).slice(0, 12));
    }
  });

  it('does not flood diagnostics about metrics', () => {
    expect(report.diagnostics.filter((d) => d.ruleId.startsWith('metric')).length).toBeLessThanOrEqual(2);
  });
});
