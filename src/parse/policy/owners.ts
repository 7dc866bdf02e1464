import type { Action } from '../../model/types.js';

/**
 * What kind of owner a name is, tested in order against the name as written:
 * hyphenated lower-case names are agents (task-orchestrator), "... Team" are
 * teams, capitalised names of two or three words are people.
 */
export const OWNER_KINDS: ReadonlyArray<{ kind: Action['ownerKind']; pattern: RegExp }> = [
  { kind: 'agent', pattern: /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?:@[\w.-]+)?$/ },
  { kind: 'agent', pattern: /^(reviewer|coder|tester|planner|researcher|orchestrator|architect|validator)$/ },
  // a role named as an agent: `CODER AGENT`, `Security Reviewer Agent`
  { kind: 'agent', pattern: /\bagent$/i },
  { kind: 'team', pattern: /\b(team|squad|group|board|crew|department)$/i },
  { kind: 'person', pattern: /^(?:[A-Z][a-z]+|[A-Z]\.)(?: [A-Z][a-z'-]+){1,2}$/ },
];

/** Owners that say nobody owns the work yet. */
export const NO_OWNER = /^(\[?assign\]?|tbd|tba|unassigned|none|n\/a|-+|_+)$/i;

/** The owner given to listed actions that name none. */
export const UNASSIGNED = 'unassigned';

/** Table columns of owner/mission tables, tested against normalised header keys. */
export const ACTION_COLUMNS = {
  owner: /^(agent|agents|owner|owners|team|assignee|assigned to|responsible|who|person|lead)$/,
  task: /^(mission|task|tasks|action|actions|responsibility|focus|assignment|description|deliverable|work)$/,
  status: /^(status|state|progress)$/,
} as const;

/** A team named in a heading: "Validation Team Priorities", "Priority 1: Infrastructure Team (0-2 hours)". */
export const TEAM_IN_HEADING = /\b((?:[A-Z][\w&/-]*\s+){1,3}Team)\b/;

/**
 * A heading that names one agent, whose section reports that agent's result:
 * `### 1. CODER AGENT`, `### 2. Security Reviewer Agent (security-manager)`.
 * The owner is the name up to and including "agent".
 */
export const AGENT_HEADING = /^(?:\d+(?:\.\d+)*[.)]?\s+)?(?<owner>[A-Za-z][\w /&-]{0,40}?\bagent)\b/i;

/** Keys of the line that states an agent's result: `**Status**: ✅ COMPLETE`. */
export const AGENT_STATUS_KEYS = /^(status|result|outcome|state)$/;
