import type { Severity } from '../../model/types.js';

/**
 * Severity words and what they mean, tested in order against cleaned,
 * lower-cased text (a heading, a `**Severity**:` value, a table cell). The
 * first row that matches wins, so "blocking" beats "critical" in
 * "Blocking Issues (12 Critical)".
 */
export const SEVERITIES: ReadonlyArray<{ severity: Severity; pattern: RegExp }> = [
  { severity: 'blocking', pattern: /\b(blocking|blockers?|must fix|show ?stoppers?|p0 blocker)\b/ },
  { severity: 'critical', pattern: /\b(critical|catastrophic|severe|p0)\b/ },
  { severity: 'high', pattern: /\b(high|major|important|p1)\b/ },
  { severity: 'medium', pattern: /\b(medium|moderate|med|p2)\b/ },
  { severity: 'low', pattern: /\b(low|minor|trivial|p3)\b/ },
  { severity: 'info', pattern: /\b(info|informational|note|observation)\b/ },
];

/**
 * Severity words a negation takes back: "Non-Blocking", "not critical", "no
 * longer a blocker". Removed before SEVERITIES is tested, so the words they
 * negate name nothing; a text that then names no other severity names
 * NEGATED_SEVERITY (what is "non-blocking" is still a concern, a minor one).
 */
export const SEVERITY_NEGATIONS = /\b(?:non[\s-]?|not\s+(?:an?\s+)?|no\s+longer\s+(?:an?\s+)?|never\s+(?:an?\s+)?)(?:blocking|blockers?|critical|severe|show ?stoppers?|urgent|major|high)\b/g;
export const NEGATED_SEVERITY: Severity = 'low';

/**
 * A severity written as the prefix of a heading or item title:
 * `1.5 HIGH: Path Traversal`, `CRITICAL - Hardcoded path`. Group 1 is the word.
 */
export const SEVERITY_PREFIX = /^(blocking|blocker|critical|high|medium|moderate|low|minor|info)\s*(?:severity)?\s*[:\-–—]\s+/i;
