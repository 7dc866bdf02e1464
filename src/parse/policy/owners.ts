import type { Action } from '../../model/types.js';

/**
 * What kind of owner a name is, tested in order against the name as written:
 * hyphenated lower-case names are agents (task-orchestrator), "... Team" are
 * teams, capitalised names of two or three words are people.
 */
export const OWNER_KINDS: ReadonlyArray<{ kind: Action['ownerKind']; pattern: RegExp }> = [
  { kind: 'agent', pattern: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:@[\w.-]+)?$/ },
  { kind: 'agent', pattern: /^(reviewer|coder|tester|planner|researcher|orchestrator|architect|validator)$/ },
  { kind: 'team', pattern: /\b(team|squad|group|board|crew|department)$/i },
  { kind: 'person', pattern: /^(?:[A-Z][a-z]+|[A-Z]\.)(?: [A-Z][a-z'-]+){1,2}$/ },
];

/** Owners that say nobody owns the work yet. */
export const NO_OWNER = /^(\[?assign\]?|tbd|tba|unassigned|none|n\/a|-+|_+)$/i;

/** The owner given to listed actions that name none. */
export const UNASSIGNED = 'unassigned';
