/**
 * Bounds on what the markdown parser is given. micromark (remark-parse) and
 * the mdast/hast utilities recurse once per container level and resolve inline
 * delimiters in time quadratic in their number per block; these bounds keep a
 * hostile 3 KB file from overflowing the stack and a 2 MB one from running for
 * minutes. Real reports stay far below every bound (test/corpus checks that
 * none of them is touched).
 */
export const INPUT_LIMITS = {
  /** Container markers (`>`, `-`, `*`, `+`, `1.`, `1)`, `[^x]:`) kept at the start of one line: 16 nested levels is far beyond any report. */
  maxMarkers: 16,
  /** Widest line prefix kept (whitespace and container markers, in columns, tabs to the next multiple of 4): deeper nesting needs wider prefixes. */
  maxPrefix: 48,
  /** Delimiter characters (`*`, `_`, `~`, `[`, `]`, `<`, `` ` ``) between two blank lines before the rest print as look-alikes: a long report table has a few hundred. */
  maxInlineMarks: 512,
  /** Lines of one paragraph (micromark's text resolver splices once per line: quadratic); a longer one is cut into list items. Report paragraphs have under 20. */
  maxParagraphLines: 100,
  /** Longest run of one delimiter character kept (e.g. `*****`): longer runs only nest emphasis deeper. */
  maxRun: 16,
} as const;
