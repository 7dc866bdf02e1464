/** fitMarkdown: the cut-to-fit of markdown comments, as a property. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMarkdown } from '../../src/diff/render/fitMarkdown.js';

describe('fitMarkdown', () => {
  it('never exceeds the limit and accounts for every row: shown or counted as cut', () => {
    const text = fc.string({ maxLength: 300 }).map((t) => t.replace(/[\r\n]/g, ' '));
    fc.assert(
      fc.property(fc.array(fc.array(text, { maxLength: 40 }), { maxLength: 5 }), fc.integer({ min: 1_000, max: 20_000 }), (tables, limit) => {
        let next = 0;
        const blocks = tables.map((rows) => ({ unit: 'row', head: ['<details>', '', '| a |', '|---|'], rows: rows.map((t) => `| r${next++} ${t} |`), close: ['</details>'] }));
        const out = fitMarkdown(['# Title'], blocks, limit);
        expect(out.length).toBeLessThanOrEqual(limit);
        const all = new Set(blocks.flatMap((b) => b.rows));
        const lines = out.split('\n');
        const shown = lines.filter((line) => all.has(line)).length;
        const notice = lines.find((line) => line.startsWith('> **Cut to fit'));
        const cut = notice ? Number((/([\d,]+) rows? not shown/.exec(notice)?.[1] ?? '0').replace(/,/g, '')) : 0;
        expect(shown + cut).toBe(all.size);
        // every folded block that was opened is closed, even when its rows were cut
        expect(lines.filter((line) => line === '</details>').length).toBe(lines.filter((line) => line === '<details>').length);
      }),
      { numRuns: 100 },
    );
  });
});
