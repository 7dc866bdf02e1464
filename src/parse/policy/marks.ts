import type { Mark } from '../../model/types.js';

/**
 * Status markers and what they mean, as data. Emoji, their stripped stand-ins
 * (`[OK]`, `[FAIL]`, `[U+2705]`), checkboxes and status words in parentheses.
 * Order matters only in that longer tokens are tried before their prefixes.
 */
export const MARKS: ReadonlyArray<{ mark: Mark; tokens: readonly string[] }> = [
  { mark: 'done', tokens: ['✅', '✔️', '✔', '☑️', '☑', '🟢', '[OK]', '[PASS]', '[PASSED]', '[DONE]', '[SUCCESS]', '[U+2705]', '[U+2714]', '[x]', '[X]', '✓'] },
  { mark: 'failed', tokens: ['❌', '✖️', '✖', '✗', '✘', '⛔', '🚫', '🔴', '🛑', '[FAIL]', '[FAILED]', '[ERROR]', '[CRITICAL]', '[U+274C]', '[U+1F534]', '[U+1F6A8]', '🚨'] },
  { mark: 'warning', tokens: ['⚠️', '⚠', '🟡', '🟠', '[WARN]', '[WARNING]', '[U+26A0]', '[U+1F7E1]'] },
  { mark: 'in-progress', tokens: ['🔄', '⏳', '🚧', '[IN PROGRESS]', '[WIP]', '[U+1F504]'] },
  { mark: 'pending', tokens: ['[ ]', '⬜', '☐', '⏸️', '[PENDING]', '[TODO]'] },
];

/** Status words written in parentheses or after a dash: `(NOW RESOLVED)`, `(FIXED)`, `- COMPLETE`. */
export const MARK_WORDS: ReadonlyArray<{ mark: Mark; pattern: RegExp }> = [
  { mark: 'done', pattern: /\b(now resolved|resolved|fixed|complete[d]?|done|passed|pass|achieved|met|closed|verified|implemented|success(ful)?)\b/i },
  { mark: 'failed', pattern: /\b(failed|failing|fail|not met|missed|broken|blocked|critical failure)\b/i },
  { mark: 'in-progress', pattern: /\b(in progress|ongoing|partial(ly)?|underway|started)\b/i },
  { mark: 'pending', pattern: /\b(pending|todo|to do|not started|planned|open)\b/i },
];
