import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import type { Verdict } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { VERDICT_IGNORED_KINDS, VERDICT_KEYS } from '../policy/verdicts.js';
import { cleanText } from '../text/cleanText.js';
import { normalizeKey } from '../text/normalizeKey.js';
import { position } from '../text/position.js';
import { readVerdict } from '../text/readVerdict.js';
import { sourceFields } from '../text/sourceFields.js';
import { appendAll } from '../text/appendAll.js';

interface Candidate extends Verdict {
  /** stated in a verdict section (kind 'verdict' or headed by a verdict key) */
  final: boolean;
  /** announced by a verdict key (its own, or its section's bare verdict heading) */
  strong: boolean;
  /** stated in a risk, step or action section: a projection, used only when nothing else is stated */
  projected: boolean;
  node: Node | undefined;
}

interface Place {
  final: boolean;
  /** the section's heading (or its parent's) is a bare verdict key: "## FINAL VERDICT" */
  keyed: boolean;
  header: boolean;
  projected: boolean;
}

/** A cheap test that a section may hold a verdict key at all, before its lines are read. */
const VERDICT_HINT = /verdict|recommendation|decision|determination|assessment|go\/no|status|readiness/i;
const HEADING_KEY = /^(.{2,60}?):\s*(\S.*)$/;

/**
 * The report's verdict: GO, NO-GO, PROCEED, CONDITIONAL GO, ... with its
 * sentence. Candidates: headings and `key: value` lines whose key names a
 * verdict (`## FINAL VERDICT: ...`, `**Recommendation**: ...`; a bare
 * `**Status**:` only in the report's header) and, inside verdict sections,
 * any heading, field or paragraph starting with a verdict phrase. What risk,
 * step and action sections state is a projection ("After mitigations:
 * SUITABLE FOR PRODUCTION"), used only when nothing else is. Preference:
 * the last key-announced candidate of a verdict section, then the last of a
 * verdict section, then the last key-announced one, then the last. When the
 * report also states a verdict of another decision and one of the two is
 * no-go, a `verdict-conflict` warning names both.
 */
export function extractVerdict(context: ExtractContext): Verdict | null {
  const bareKeys = new Set(context.sections.filter(isBareKey).map((s) => s.section.id));
  const all = context.sections.flatMap((s) => sectionCandidates(context, s, bareKeys));
  const candidates = all.filter((c) => !c.projected);
  const chosen = candidates.filter((c) => c.final && c.strong).at(-1)
    ?? candidates.filter((c) => c.final).at(-1)
    ?? candidates.filter((c) => c.strong).at(-1)
    ?? candidates.at(-1)
    ?? all.at(-1);
  if (!chosen) return null;
  const other = candidates.find((c) => c.decision !== chosen.decision && (c.decision === 'no-go' || chosen.decision === 'no-go'));
  if (other) {
    context.report(`Conflicting verdicts: "${other.value}" (line ${other.position.line}) and "${chosen.value}" (line ${chosen.position.line}); keeping the most final`, chosen.node, 'verdict-conflict');
  }
  return { value: chosen.value, decision: chosen.decision, text: chosen.text, position: chosen.position };
}

function isBareKey(s: SectionContext): boolean {
  return VERDICT_KEYS.test(normalizeKey(cleanText(s.section.heading)));
}

/** `bareKeys`: the ids of sections headed by a bare verdict key ("## FINAL VERDICT"). */
function sectionCandidates(context: ExtractContext, s: SectionContext, bareKeys: ReadonlySet<string>): Candidate[] {
  const heading = cleanText(s.section.heading);
  const split = HEADING_KEY.exec(heading);
  const headingKeyed = split !== null && VERDICT_KEYS.test(normalizeKey(split[1] ?? ''));
  const projected = VERDICT_IGNORED_KINDS.has(s.section.kind);
  const bare = bareKeys.has(s.section.id);
  const place: Place = {
    keyed: bare || (s.section.parentId !== null && bareKeys.has(s.section.parentId)),
    final: !projected && (s.section.kind === 'verdict' || headingKeyed || bare),
    header: s.section.depth <= 1,
    projected,
  };
  const found: Candidate[] = [];
  if (!place.final && !place.header && !VERDICT_HINT.test(s.section.markdown)) return found;
  const verdict = headingKeyed ? readVerdict(split?.[2] ?? '') : place.final && !bare ? readVerdict(heading) : null;
  if (s.heading && verdict) {
    found.push({ ...verdict, text: heading, position: s.section.position, final: place.final, strong: headingKeyed || place.keyed, projected: place.projected, node: s.heading });
  }
  for (const node of s.nodes) if (node.type === 'paragraph') appendAll(found, paragraphCandidates(context, node, place));
  return found;
}

function paragraphCandidates(context: ExtractContext, node: Paragraph, place: Place): Candidate[] {
  const found: Candidate[] = [];
  for (const field of sourceFields(context.text, [node])) {
    const key = normalizeKey(field.key);
    const named = VERDICT_KEYS.test(key) || (place.header && key === 'status');
    if (!named && !place.final) continue;
    const verdict = readVerdict(field.value);
    if (!verdict) continue;
    const text = cleanText(`${field.label}: ${field.value.replace(/[*_`]/g, '')}`);
    found.push({ ...verdict, text, position: { line: field.line, column: 1 }, final: place.final, strong: named || place.keyed, projected: place.projected, node });
  }
  if (found.length > 0 || !place.final) return found;
  const text = cleanText(toString(node));
  const verdict = readVerdict(text);
  return verdict ? [{ ...verdict, text, position: position(node), final: true, strong: place.keyed, projected: place.projected, node }] : [];
}
