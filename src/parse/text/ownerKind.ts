import type { Action } from '../../model/types.js';
import { OWNER_KINDS } from '../policy/owners.js';

/** What kind of owner a name is: agent, team, person, or unknown. */
export function ownerKind(name: string): Action['ownerKind'] {
  const key = name.trim();
  return OWNER_KINDS.find((row) => row.pattern.test(key))?.kind ?? 'unknown';
}
