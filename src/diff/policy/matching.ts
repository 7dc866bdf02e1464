/**
 * How facts of two reports are paired, as data (documented in
 * notes/diff-thresholds.md, which the README quotes).
 *
 * A pair is scored 0..1. Pairs are taken greedily, best score first, each fact
 * at most once. A pair scoring at least `similar` is a match; at least
 * `uncertain` is still paired but flagged `uncertain`; below, the facts stay
 * apart (one 'new', one 'dropped'/'retired').
 */
export interface MatchThresholds {
  readonly similar: number;
  readonly uncertain: number;
}

export const MATCH_THRESHOLDS: Readonly<Record<'issues' | 'risks' | 'metrics' | 'gates' | 'actions' | 'tasks' | 'sections', MatchThresholds>> = {
  issues: { similar: 0.75, uncertain: 0.5 },
  risks: { similar: 0.75, uncertain: 0.5 },
  /** a wrong metric pair compares unrelated numbers, so metrics need more */
  metrics: { similar: 0.85, uncertain: 0.6 },
  gates: { similar: 0.85, uncertain: 0.6 },
  actions: { similar: 0.75, uncertain: 0.5 },
  tasks: { similar: 0.75, uncertain: 0.6 },
  /** sections are only reported as added or removed: no uncertain pairing */
  sections: { similar: 0.85, uncertain: 0.85 },
};

/** Unpaired older issues under one heading that a newer issue may stand for as a group. */
export const MIN_GROUP_MEMBERS = 2;

/** An action's score when both have the same owner and nothing else in common (1 when the text is alike too). */
export const SAME_OWNER_SCORE = 0.75;
/** An action's score with different owners: the text likeness times this. */
export const OTHER_OWNER_FACTOR = 0.8;

/**
 * Weight of shared identifiers (code spans, CONSTANT_NAMES) in an issue score:
 * score = max(title, IDENTIFIER_WEIGHT * identifiers + (1 - IDENTIFIER_WEIGHT) * title).
 */
export const IDENTIFIER_WEIGHT = 0.8;

/**
 * Words that carry no identity in a title: articles, status words and
 * decoration ("API_TIMEOUT_SECONDS: Fixed" is about API_TIMEOUT_SECONDS).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'for', 'to', 'with', 'by', 'at', 'from', 'as', 'is', 'are', 'be',
  'now', 'still', 'fixed', 'resolved', 'missing', 'complete', 'completed', 'done', 'open', 'closed', 'pending',
  'maintained', 'stable', 'validated', 'managed', 'active', 'remaining', 'new', 'issue', 'issues', 'item', 'items',
  'total', 'count', 'number', 'overall', 'current', 'status',
]);

/** Shortest word kept as a token (single letters and digits are noise). */
export const MIN_TOKEN_LENGTH = 2;
