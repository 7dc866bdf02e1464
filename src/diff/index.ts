/** The phase-to-phase diff: what changed between two reports, and how to show it. */
export { diff } from './diff.js';
export type { PhaseDiff } from '../model/diffSchema.js';
