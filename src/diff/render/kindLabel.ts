import { labelOf } from '../../render/helpers/labelOf.js';
import { CHANGE_LABELS } from '../policy/changeTones.js';

/** A change kind as readers see it: `de-escalated` -> `De-escalated`, `new` -> `New`. */
export function kindLabel(kind: string): string {
  return CHANGE_LABELS[kind] ?? labelOf(kind);
}
