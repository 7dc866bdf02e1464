import type { Tone } from '../../render/policy/statusTones.js';

/** The tone (colour family) of every change kind, for badges and row edges. */
export const CHANGE_TONES: Readonly<Record<string, Tone>> = {
  improved: 'good',
  regressed: 'bad',
  unchanged: 'neutral',
  changed: 'info',
  new: 'warn',
  dropped: 'neutral',
  met: 'good',
  unmet: 'bad',
  resolved: 'good',
  persisting: 'warn',
  reopened: 'bad',
  'still-resolved': 'neutral',
  escalated: 'bad',
  'de-escalated': 'good',
  retired: 'good',
  relabelled: 'info',
  added: 'info',
  removed: 'neutral',
  completed: 'good',
  progressed: 'good',
  better: 'good',
  worse: 'bad',
  same: 'neutral',
  single: 'neutral',
  open: 'warn',
  'not-reported': 'neutral',
  conflict: 'warn',
  'target-changed': 'warn',
};

/** Kinds that are not worth a row in a short summary (a pull-request comment). */
export const QUIET_KINDS: ReadonlySet<string> = new Set(['unchanged', 'still-resolved']);

/** How change kinds are written where capitalising is not enough. */
export const CHANGE_LABELS: Readonly<Record<string, string>> = {
  'de-escalated': 'De-escalated',
  'still-resolved': 'Still resolved',
  single: 'One value',
  'not-reported': 'Not reported',
  'target-changed': 'Target changed',
};
