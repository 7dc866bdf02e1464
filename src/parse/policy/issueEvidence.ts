import type { IssueStatus } from '../../model/types.js';

/**
 * What makes a heading, a list's intro line (`**Critical Issues** (4):`) or a
 * table column hold issues, as data. Each row is tested against normalised
 * text (lower case, emoji, numbering and decoration removed); the first row
 * that matches names what the container holds. Section kind is one piece of
 * evidence among these, never the gate.
 */
export type ContainerRole = 'issues' | 'summary' | 'other';

export interface ContainerRow {
  role: ContainerRole;
  /** the status its items take when they state none (resolved for "Issues Remediated") */
  status: IssueStatus | null;
  pattern: RegExp;
}

export const ISSUE_CONTAINERS: readonly ContainerRow[] = [
  // "Key Findings", "Summary of issues": a summary of key/values, not a register of problems
  { role: 'summary', status: null, pattern: /\b(key findings|executive summary|summary|overview|highlights|at a glance)\b/ },
  // "Top 10 Offenders", "Top Violations": a ranking of evidence, not a register of problems
  { role: 'other', status: null, pattern: /^top\b/ },
  // "**Files Analyzed**:", "**Files Found**:": what was looked at, not what is wrong
  { role: 'other', status: null, pattern: /\b(files|components|modules) (analy[sz]ed|found|scanned|reviewed|checked|created|modified|validated)\b/ },
  // explanations, plans and results around problems, not problems: "Root Cause Analysis", "Recommended Actions"
  { role: 'other', status: null, pattern: /\b(root causes?|recommend(ed|ations?)?|actions?|next steps|action items|remediation plan|mitigations?|lessons|achievements?|strengths|success(es)?|improvements?|optimi[sz]ations?|enhancements?|risks?|validation commands|progress|succeed(ed|s)?|validated|validation results|metrics|criteria|checklist|ready)\b/ },
  // a register of problems already dealt with: "Issues Remediated", "CRITICAL ISSUES FIXED", "Theater Patterns Eliminated"
  { role: 'issues', status: 'resolved', pattern: /\b(issues?|bugs?|defects?|problems?|findings?|fixes|blockers?|patterns?|violations?|errors?|vulnerabilit(y|ies))\b.*\b(fixed|remediated|resolved|eliminated|closed|addressed)\b|\b(fixed|remediated|resolved|eliminated|closed)\b.*\b(issues?|bugs?|defects?|problems?|findings?)\b|\bfixes assessment\b/ },
  // problems still to act on: the words reports title their problem lists with
  { role: 'issues', status: null, pattern: /\b(issues?|blockers?|blocking|failures?|problems?|defects?|bugs?|findings?|finding|vulnerabilit(y|ies)|violations?|gaps?|errors?|limitations?|warnings?|technical debt|debt indicators|duplication|redundanc(y|ies)|god objects?|anti-?patterns?|code smells?|theater patterns?|concerns?|weaknesses|remaining|considerations|severity|must fix|should fix)\b/ },
];

/**
 * Phrases that hold a problem word but name a topic ("Error Handling &
 * Recovery"): removed before a heading or label is matched, so they name no
 * problem list.
 */
export const TOPIC_PHRASES = /\berror (?:handling|recovery|reporting|logging|messages?)\b|\bfailure (?:detection|recovery)\b/gi;

/**
 * A word that is a code name (`failure_pattern_detector.py`, `error_handler`):
 * it names a file or symbol, not a problem, so it is removed like a topic
 * phrase. Tested word by word (no backtracking over long runs).
 */
export const CODE_NAME = /\w_\w|\.(?:py|ts|js|tsx|jsx|md|json|ya?ml|sh)$/i;

/** A heading naming one numbered problem ("Blocker 1.3: ...", "Issue #4"): its sub-headings are its facets even when it says "Fixes". */
export const SINGLE_PROBLEM = /^(blocker|issue|finding|bug|defect|problem|vulnerability|risk) #?\d/;

/** A heading that names a bucket of a problem list by status or severity ("Resolved This Phase", "Medium Priority - Still Open"): a list, never one issue. */
export const BUCKET_HEADING = /^(resolved|fixed|closed|open|still open|new|remaining|in progress|blocked)\b|^(blocking|critical|high|medium|low|minor) (priority|severity|issues?|findings?|items?)\b/;

/** A heading that names one problem by its number ("Blocker 1.1: Test Suite Failure", "Issue #4: ..."): an issue whatever its sub-sections (a "Risk 1:" is a risk). */
export const NUMBERED_PROBLEM = /^(blocker|issue|finding|bug|defect|problem|vulnerability) #?\d/;

/**
 * A heading naming problems in the plural ("Critical Fixes", "Open Issues"):
 * its un-numbered sub-headings are one problem each. Under a heading naming
 * one problem ("Blocker 1.1: Test Suite Failure") they are its facets.
 */
export const PROBLEM_LIST = /\b(issues|findings|bugs|fixes|blockers|vulnerabilities|failures|problems|violations|errors|concerns|gaps|defects|limitations|patterns|warnings|considerations)\b/;

/**
 * Words that state a problem in an item's own text: an item outside every
 * issue list that carries a failure or warning marker is a problem only when
 * it also says what is wrong with one of these (a bare `❌ 45%` is a metric).
 */
export const PROBLEM_WORDS = /\b(missing|fail(s|ed|ing|ures?)?|errors?|gaps?|broken|block(ed|ing|er|ers)|leaks?|vulnerab\w*|injection|corrupt\w*|unterminated|insufficient|incomplete|not (found|functional|working|implemented|opening|available)|hard-?coded|excessive|unsafe|weak|degraded|crash\w*|timeouts?|timed out|regressions?|violations?|issues?|bugs?|defects?|problems?|warnings?|unvalidated|unchecked|deprecated|theater|mock(ed|s)?|placeholders?|fake|inconsisten\w*|partially)\b/i;

/**
 * Verbs that report a problem dealt with (`Unicode corruption fixed`,
 * `Replaced with crypto.randomUUID()`): a named sub-item of an issue stating
 * one of these (or a problem word) is its own fact, not a detail.
 */
export const FIX_VERBS = /\b(fixed|removed|replaced|resolved|regenerated|eliminated|patched|corrected|repaired)\b/i;

/**
 * Keys of a `**Key:** text` paragraph whose text is a problem: `**Finding:**`,
 * `**Violations (7 total)**:`. A `**BLOCKER**:` or `**Status**:` line restates
 * a problem listed elsewhere and is not read here.
 */
export const PROBLEM_LEADS = /^(findings?|issues?|problems?|defects?|bugs?|violations?|gaps?|errors?|concerns?|weakness(es)?)( \(\d[\d,]*( total)?\))?$/;

/**
 * Markers that make a line a problem statement by themselves when it also
 * names what is wrong, and the status they give (`[WARN]` and ⚠️ report a
 * problem that does not block, `❌` and `[FAIL]` one that is open).
 */
export const PROBLEM_MARKERS: ReadonlyArray<{ status: IssueStatus; tokens: readonly string[] }> = [
  { status: 'open', tokens: ['❌', '✗', '✘', '✖', '[FAIL]', '[FAILED]', '[ERROR]', '[U+274C]'] },
  { status: 'warning', tokens: ['⚠️', '⚠', '[WARN]', '[WARNING]', '[U+26A0]'] },
];

/**
 * Markers that report a pass: an item carrying one outside a list of fixed
 * problems is a success line (`✅ SLSA provenance support`), not a problem.
 */
export const PASS_MARKERS: ReadonlyArray<{ status: IssueStatus; tokens: readonly string[] }> = [
  { status: 'resolved', tokens: ['✅', '✔️', '✔', '✓', '[OK]', '[PASS]', '[PASSED]', '[U+2705]'] },
];

/** A table column that names each row's problem: `Issues Found`, `Critical Issues`, `Problem`. */
export const ISSUE_COLUMN = /^((critical |known |open )?(issues?|problems?|findings?|defects?|bugs?|vulnerabilit(y|ies)|violations?|blockers?|errors?|gaps?)( found| identified| detected)?)$/;

/** A table column that names the row's subject when another column states its problem: `Description`, `Name`. */
export const NAME_COLUMN = /^(description|name|title|item|component|check|area|requirement)$/;

/** A table cell that says the row has no problem: `N/A`, `-`, `None`, `PASS`. */
export const NO_PROBLEM_CELL = /^(n\/a|-|–|none|no issues?|pass(ed)?|ok|compliant|tbd|unknown)$/i;

/** An item saying a search found nothing: "No specific theater patterns found in search". */
export const NONE_FOUND = /^no\b[^.]{0,60}?\b(found|detected|identified|observed)\b/i;

/** A text that says a status line in a code block passed (`[OK] Core analyzer imports: SUCCESS`). */
export const CODE_STATUS_LINE = /^\s*(?:[-*]\s+)?(\[[A-Z]+\]|❌|✗|⚠️?|✅)\s*(.+)$/u;

/**
 * A heading that scopes its content to the state before the work the report
 * describes ("Initial Assessment (Before Fixes)", "Initial State (Before
 * Reality Check)", "Pre-Fix Findings"): the problems listed under it are the
 * ones the report then fixes, not open ones, when the report also states the
 * state after ("Post-Fix Assessment", "Final State (After Fixes)"). Tested on
 * the whole heading, asides included: the qualifier is usually the aside.
 */
export const BEFORE_STATE = /\b(before|prior to) (the )?(fix(es|ing)?|remediation|changes|cleanup|reality check|elimination)\b|\bpre[- ]?(fix|remediation)\b|\b(initial|original) state\b/i;
/** The matching "after" heading that makes a BEFORE_STATE heading a past state. */
export const AFTER_STATE = /\b(after|following) (the )?(fix(es|ing)?|remediation|changes|cleanup|elimination)\b|\bpost[- ]?(fix|remediation)\b|\bfinal state\b/i;
