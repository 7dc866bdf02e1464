/**
 * Metric names that mean the same measure, as data: a name (normalised: lower
 * case, punctuation gone) matching a pattern stands for the canonical name.
 * Two metrics with the same canonical name pair with SYNONYM_SCORE ('similar').
 * "TypeScript Compilation: 4,303 compilation errors", "Total Compilation
 * Errors" and "TypeScript Errors" are one series.
 */
export const METRIC_SYNONYMS: ReadonlyArray<{ canonical: string; pattern: RegExp }> = [
  { canonical: 'compilation errors', pattern: /\b(typescript|tsc|compiler|compilation|build|type) (compilation )?(errors?|compilation|failures?)\b/ },
  { canonical: 'console log statements', pattern: /\bconsole ?log\b/ },
  { canonical: 'mock implementations', pattern: /\b(mocks?|stubs?)( theater| stub)? (implementations?|patterns?)\b/ },
  { canonical: 'theater score', pattern: /\btheater (score|percentage|level)\b/ },
  { canonical: 'test coverage', pattern: /\b(test |code )?coverage\b/ },
];

export const SYNONYM_SCORE = 0.9;
