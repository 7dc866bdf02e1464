import type { List, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import type { ReportVerdict, Verdict } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { MAX_VERDICT_WORDS } from '../policy/verdictLexicon.js';
import { PLACEHOLDER_VALUE, PROJECTION_HEADING, STAND_IN_TOKEN, STATUS_KEYS, STATUS_WEIGHT, VERDICT_IGNORED_KINDS, VERDICT_KEYS } from '../policy/verdicts.js';
import { cleanText } from '../text/cleanText.js';
import { normalizeKey } from '../text/normalizeKey.js';
import { position } from '../text/position.js';
import { readDecision, type DecisionReading } from '../text/readDecision.js';
import { sourceFields } from '../text/sourceFields.js';

/** A stated decision and how much it weighs: 2 under a verdict key or heading, 1 on a status line. */
interface Statement {
  verdict: Verdict;
  authority: 1 | 2;
  node: Node | undefined;
}

/** Where a section stands: under a bare verdict heading (`## FINAL VERDICT`) a state decides. */
interface Place {
  keyed: boolean;
  parentKeyed: boolean;
  /** the weight of what its bare heading announces: 1 for a status heading, 2 for a verdict heading */
  weight?: 1 | 2;
}

/** A cheap test that a paragraph may hold a verdict or status key at all (a word of VERDICT_KEYS or STATUS_KEYS), before its lines are read. */
const VERDICT_HINT = /verdict|recommend|decision|determination|assessment|go\/no|status|readiness|classification|certification|deploy|release/i;
const HEADING_KEY = /^(.{2,60}?):\s*(\S.*)$/;

/**
 * Every decision the report states, and the report's verdict derived from
 * them. Statements: a heading or `key: value` line whose key announces a
 * verdict (`## FINAL VERDICT: ❌ PHASE 5 FAILED`, `**Recommendation**: HOLD`),
 * whatever its value says (decision `unknown` when the lexicon reads none);
 * a status, classification or certification line whose value holds an order
 * or decision (`Status: CONDITIONAL GO`); under a bare verdict heading, a
 * heading or bold lead that is itself a decision (`### ✅ **DEPLOYMENT
 * APPROVED**`). Risk, step and action sections, and sections headed as a
 * projection (`### After All Mitigations`), state projections, not verdicts;
 * only the sign-off closing the report's last section is read there. The report's verdict is the last statement of the highest
 * authority that decides something (else the last statement); `conflict` is
 * true, with a `verdict-conflict` warning, when the deciding statements differ.
 */
export function extractVerdicts(context: ExtractContext): { verdicts: Verdict[]; verdict: ReportVerdict | null } {
  const keyOfSection = new Map(context.sections.map((s) => [s, keyOf(s.section.heading)]));
  const keyed = new Set(context.sections.filter((s) => isVerdictKey(keyOfSection.get(s) ?? '')).map((s) => s.section.id));
  const last = context.sections.findLast((s) => s.nodes.some((n) => n.type !== 'html'));
  const statements = context.sections
    .flatMap((s) => {
      const key = keyOfSection.get(s) ?? '';
      if (PROJECTION_HEADING.test(key)) return [];
      if (VERDICT_IGNORED_KINDS.has(s.section.kind)) return s !== last ? [] : signOff(context, s).flatMap((node) => fieldStatements(context, node, { keyed: false, parentKeyed: false }));
      const weight = STATUS_WEIGHT.test(key) ? 1 : 2;
      return sectionStatements(context, s, { keyed: keyed.has(s.section.id), parentKeyed: s.section.parentId !== null && keyed.has(s.section.parentId), weight });
    })
    .sort((a, b) => a.verdict.position.line - b.verdict.position.line);
  return { verdicts: statements.map((s) => s.verdict), verdict: derive(context, statements) };
}

function derive(context: ExtractContext, statements: readonly Statement[]): ReportVerdict | null {
  const deciding = statements.filter((s) => s.verdict.decision !== 'unknown');
  const top = Math.max(0, ...deciding.map((s) => s.authority));
  const chosen = deciding.filter((s) => s.authority === top).at(-1) ?? statements.at(-1);
  if (!chosen) return null;
  const other = deciding.find((s) => s.verdict.decision !== chosen.verdict.decision);
  if (other) {
    const { value, position: at } = other.verdict;
    context.report(`Conflicting verdicts: "${value}" (line ${at.line}) and "${chosen.verdict.value}" (line ${chosen.verdict.position.line}); keeping the last authoritative one`, chosen.node, 'verdict-conflict');
  }
  return { ...chosen.verdict, conflict: other !== undefined };
}

/** The trailing key/value paragraphs of a section (a sign-off after the plan), thematic breaks skipped. */
function signOff(context: ExtractContext, s: SectionContext): Paragraph[] {
  const run: Paragraph[] = [];
  for (const node of s.nodes.toReversed()) {
    if (node.type === 'thematicBreak' || node.type === 'html') continue;
    if (node.type !== 'paragraph' || sourceFields(context.text, [node]).length === 0) break;
    run.unshift(node);
  }
  return run;
}

function keyOf(text: string): string {
  return normalizeKey(text.replace(STAND_IN_TOKEN, ' '));
}

function isVerdictKey(key: string): boolean {
  return VERDICT_KEYS.test(key) || (key.endsWith('s') && VERDICT_KEYS.test(key.slice(0, -1)));
}

function sectionStatements(context: ExtractContext, s: SectionContext, place: Place): Statement[] {
  const found: Statement[] = [];
  const heading = cleanText(s.section.heading.replace(/[*`]/g, '').replace(STAND_IN_TOKEN, ' '));
  const split = HEADING_KEY.exec(heading);
  if (s.heading && split?.[1] && split[2]) {
    const statement = keyedStatement(split[1], split[2], place.parentKeyed, s.section.position, heading, s.heading);
    if (statement) found.push(statement);
  } else if (s.heading && place.parentKeyed && !place.keyed) {
    const reading = readDecision(heading, 'state');
    if (isLead(reading)) found.push(statement(reading, null, heading, s.section.position, 2, s.heading));
  }
  const underKey = place.keyed || place.parentKeyed;
  for (const node of s.nodes) {
    if (node.type === 'paragraph' && (underKey || mayStateKey(context.text, node))) found.push(...paragraphStatements(context, node, place));
    else if (node.type === 'list' && (place.keyed || place.parentKeyed)) found.push(...fieldStatements(context, node, place));
  }
  return found;
}

/** Outside a verdict section only `key: value` lines state anything: a paragraph needs a colon and a key word. */
function mayStateKey(text: string, node: Paragraph): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  const colon = text.indexOf(':', start);
  return colon !== -1 && colon < end && VERDICT_HINT.test(text.slice(start, end));
}

function paragraphStatements(context: ExtractContext, node: Paragraph, place: Place): Statement[] {
  const fields = sourceFields(context.text, [node]);
  if (fields.length > 0) return fieldStatements(context, node, place, fields);
  if (!place.keyed || node.children[0]?.type !== 'strong') return [];
  const lead = cleanText(toString(node.children[0]));
  const reading = readDecision(lead, 'state');
  return isLead(reading) ? [statement(reading, null, cleanText(toString(node)), position(node), place.weight ?? 2, node)] : [];
}

function fieldStatements(context: ExtractContext, node: Paragraph | List, place: Place, fields = sourceFields(context.text, [node])): Statement[] {
  const found: Statement[] = [];
  for (const field of fields) {
    const text = cleanText(`${field.label}: ${field.value.replace(/[*_`]/g, ' ')}`);
    const made = keyedStatement(field.label, field.value, place.keyed || place.parentKeyed, { line: field.line, column: 1 }, text, node);
    if (made) found.push(made);
  }
  return found;
}

/** A statement under a key: any short value under a verdict key; an order or decision under a status key. */
function keyedStatement(label: string, value: string, underVerdict: boolean, at: Verdict['position'], text: string, node: Node | undefined): Statement | null {
  const key = keyOf(label);
  if (PLACEHOLDER_VALUE.test(cleanText(value.replace(/[*_`]/g, '')))) return null;
  if (isVerdictKey(key)) {
    const reading = readDecision(value, 'state');
    const short = reading.words <= MAX_VERDICT_WORDS || (reading.termAt !== null && reading.termAt <= 2);
    return short && reading.value !== '' ? statement(reading, cleanText(label), text, at, STATUS_WEIGHT.test(key) ? 1 : 2, node) : null;
  }
  if (!STATUS_KEYS.test(key)) return null;
  const reading = readDecision(value, underVerdict ? 'state' : 'decision');
  return reading.decision === 'unknown' ? null : statement(reading, cleanText(label), text, at, 1, node);
}

/** A heading or bold lead that is itself a decision: short, with the deciding word among its first three. */
function isLead(reading: DecisionReading): boolean {
  return reading.decision !== 'unknown' && reading.termAt !== null && reading.termAt <= 2 && reading.words <= MAX_VERDICT_WORDS;
}

function statement(reading: DecisionReading, key: string | null, text: string, at: Verdict['position'], authority: 1 | 2, node: Node | undefined): Statement {
  return { verdict: { value: reading.value, decision: reading.decision, key, text, position: at }, authority, node };
}
