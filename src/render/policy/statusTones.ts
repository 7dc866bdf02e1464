/** The colour family of a status word, for badges, bars and rows (CSS classes `tone-<tone>`). */
export type Tone = 'good' | 'bad' | 'warn' | 'info' | 'neutral';

/**
 * Status words (decisions, gate states, marks, severities, risk levels, issue
 * statuses, criterion states, rule outcomes) and their tone. Keys are lower-case.
 */
export const STATUS_TONES: Readonly<Record<string, Tone>> = {
  go: 'good',
  met: 'good',
  pass: 'good',
  passed: 'good',
  done: 'good',
  resolved: 'good',
  checked: 'good',
  agrees: 'good',
  low: 'good',
  'no-go': 'bad',
  'not-met': 'bad',
  fail: 'bad',
  failed: 'bad',
  blocking: 'bad',
  blocked: 'bad',
  critical: 'bad',
  high: 'bad',
  disagrees: 'bad',
  conditional: 'warn',
  warning: 'warn',
  warn: 'warn',
  medium: 'warn',
  'in-progress': 'warn',
  open: 'warn',
  pending: 'info',
  unchecked: 'info',
  info: 'info',
  unknown: 'neutral',
};
