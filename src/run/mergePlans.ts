import { type OutputPlan, emptyPlan } from './types.js';

/** One plan holding every output of the given plans, in order. */
export function mergePlans(plans: readonly OutputPlan[]): OutputPlan {
  const merged = emptyPlan();
  for (const plan of plans) {
    for (const t of plan.texts) merged.texts.push(t);
    for (const p of plan.pdfs) merged.pdfs.push(p);
    for (const e of plan.entries) merged.entries.push(e);
    for (const f of plan.failures) merged.failures.push(f);
  }
  return merged;
}
