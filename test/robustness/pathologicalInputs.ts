/**
 * The hostile inputs of issue 11, generated (never stored): each is `unit`
 * repeated, between an optional head and tail. `count` is the size the issue
 * reported a crash or a minutes-long run at.
 */
export interface Pathological {
  readonly name: string;
  readonly head: string;
  readonly unit: string;
  readonly tail: string;
  readonly count: number;
  /** whether prepareText must defuse it (a nesting-too-deep or inline-too-dense diagnostic) */
  readonly defused: boolean;
}

export const PATHOLOGICAL: readonly Pathological[] = [
  { name: "'1. - ' x600 (mixed ordered/bullet)", head: '# T\n', unit: '1. - ', tail: 'x\n', count: 600, defused: true },
  { name: "'-\\t' x3000 (tab separators)", head: '', unit: '-\t', tail: 'x\n', count: 3000, defused: true },
  { name: "'10. ' x3000 (multi-digit numbers)", head: '', unit: '10. ', tail: 'x\n', count: 3000, defused: true },
  { name: "'> - 1. ' x2000 (quote/list mix)", head: '', unit: '> - 1. ', tail: 'x\n', count: 2000, defused: true },
  { name: "'[^a]: ' x3000 (nested footnote definitions)", head: '', unit: '[^a]: ', tail: 'x\n', count: 3000, defused: true },
  { name: "'(' x256k", head: '# T\n\n', unit: '(', tail: '\n', count: 256 * 1024, defused: false },
  { name: "'](' x64k", head: '# T\n\n', unit: '](', tail: '\n', count: 64 * 1024, defused: true },
  { name: "'~~a' x64k", head: '# T\n\n', unit: '~~a', tail: '\n', count: 64 * 1024, defused: true },
  { name: "'*a' x32k", head: '# T\n\n', unit: '*a', tail: '\n', count: 32 * 1024, defused: true },
  { name: "']' x64k", head: '# T\n\n', unit: ']', tail: '\n', count: 64 * 1024, defused: true },
  { name: 'many footnotes x3000', head: '# T\n\n', unit: '[^n]: note\nref[^n]\n', tail: '', count: 3000, defused: false },
  { name: '20 KB nested emphasis', head: '# T\n\n', unit: '*_', tail: 'a', count: 5000, defused: true },
  { name: "'a b\\n' x16k (one long paragraph)", head: '# T\n\n', unit: 'a b\n', tail: '', count: 16 * 1024, defused: true },
];

export function generate(p: Pathological, count: number = p.count): string {
  return p.head + p.unit.repeat(count) + p.tail;
}
