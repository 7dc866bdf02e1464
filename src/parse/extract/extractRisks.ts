import type { ListItem, Table } from 'mdast';
import type { Risk, RiskLevel } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { NOT_RISK_SECTIONS, RISK_COLUMNS, RISK_HEADING, RISK_SUMMARY_ROW } from '../policy/riskLevels.js';
import { NONE_STATED } from '../policy/noneStated.js';
import { SEVERITY_PREFIX } from '../policy/severities.js';
import { blockText } from '../text/blockText.js';
import { listItemParts } from '../text/listItemParts.js';
import { normalizeKey } from '../text/normalizeKey.js';
import { position } from '../text/position.js';
import { readRiskLevel } from '../text/readRiskLevel.js';
import { riskFromMatrix } from '../text/riskFromMatrix.js';
import { sourceFields, type SourceField } from '../text/sourceFields.js';
import { stableId } from '../text/stableId.js';
import { tableRecords } from '../text/tableRecords.js';
import { titleText } from '../text/titleText.js';
import { appendAll } from '../text/appendAll.js';
import { withoutTrailingParens } from '../../util/textRuns.js';

const LEVEL_IN_PARENS = /\((critical|high|medium|moderate|low)( risk)?\)/i;
const MITIGATION = /^mitigations?( strategy| plan)?$/;
/** sections already reported for risks without a level (keyed by this parse's section objects) */
const reported = new WeakSet<SectionContext>();

/**
 * Risks of the sections of kind 'risks': list items under level headings
 * ("High-Risk Items", "🔴 High"), `### Risk N:` headings with Probability /
 * Impact / Mitigation fields, and risk tables (Level, or Probability and
 * Impact columns; also in a sub-section of a risk section of another kind).
 * "None identified" items are zero risks; nested bullets are detail, a
 * "Mitigation:" bullet the mitigation. A risk named twice keeps its first
 * statement (later ones restate or project it, e.g. "After Mitigations").
 */
export function extractRisks(context: ExtractContext): Risk[] {
  const byId = new Map(context.sections.map((s) => [s.section.id, s]));
  const risks: Risk[] = [];
  for (const s of context.sections) {
    const parent = s.section.parentId === null ? undefined : byId.get(s.section.parentId);
    const inRisks = s.section.kind === 'risks';
    if (!inRisks && parent?.section.kind !== 'risks') continue;
    const tables = s.nodes.filter((n): n is Table => n.type === 'table').flatMap((t) => tableRisks(s, t));
    if (!inRisks || isNotRiskSection(s, parent)) {
      appendAll(risks, tables);
      continue;
    }
    const level = sectionLevel(s, byId);
    const listed = s.nodes.flatMap((n) => (n.type === 'list' ? n.children.flatMap((item) => itemRisk(context, s, item, level) ?? []) : []));
    appendAll(appendAll(risks, listed), tables);
    if (listed.length === 0 && tables.length === 0) appendAll(risks, headingRisk(context, s, parent));
  }
  return unique(risks);
}

function isNotRiskSection(s: SectionContext, parent: SectionContext | undefined): boolean {
  const heading = titleText(s.section.heading);
  if (NOT_RISK_SECTIONS.test(normalizeKey(heading))) return true;
  return SEVERITY_PREFIX.test(heading) && parent?.section.kind === 'issues';
}

/** a level, and the bucket's own name when the bucket is not a level */
interface Bucket {
  level: RiskLevel;
  label: string | null;
}

function sectionLevel(s: SectionContext, byId: Map<string, SectionContext>): Bucket | null {
  for (let at: SectionContext | undefined = s; at?.section.kind === 'risks'; ) {
    const level = readRiskLevel(at.section.heading);
    if (level) return { level, label: level === 'other' ? titleText(at.section.heading) : null };
    at = at.section.parentId === null ? undefined : byId.get(at.section.parentId);
  }
  return null;
}

function itemRisk(context: ExtractContext, s: SectionContext, item: ListItem, bucket: Bucket | null): Risk | null {
  const parts = listItemParts(item);
  if (NONE_STATED.test(withoutTrailingParens(titleText(parts.text)))) return null;
  const raw = parts.lead ?? parts.text;
  const fields = sourceFields(context.text, item.children.slice(1));
  const mitigationItems = parts.nested.filter((n) => MITIGATION.test(normalizeKey(listItemParts(n).lead ?? '')));
  const detailItems = parts.nested.filter((n) => !mitigationItems.includes(n));
  const detail = [parts.lead ? withoutLevel(parts.rest, '').replace(/^[:\-–—]\s*/, '') : '', ...parts.extra, ...detailItems.map((n) => listItemParts(n).text)].filter((t) => t !== '');
  const own = fieldLevel(fields) ?? readRiskLevel(LEVEL_IN_PARENS.exec(parts.text)?.[1] ?? '');
  return {
    id: '',
    level: own ?? bucket?.level ?? unknownLevel(context, s, item),
    label: own === null ? (bucket?.label ?? null) : null,
    title: withoutLevel(titleText(raw), ' ').trim(),
    detail: detail.length > 0 ? detail.join('\n') : null,
    mitigation: mitigationItems.map((n) => listItemParts(n).rest).join('\n') || null,
    sectionId: s.section.id,
    position: position(item),
  };
}

function headingRisk(context: ExtractContext, s: SectionContext, parent: SectionContext | undefined): Risk[] {
  const fields = sourceFields(context.text, s.nodes);
  const heading = titleText(s.section.heading);
  const matrix = riskFromMatrix(field(fields, RISK_COLUMNS.probability) ?? '', field(fields, RISK_COLUMNS.impact) ?? '');
  if (!s.heading || (!RISK_HEADING.test(heading) && matrix === null)) return [];
  return [{
    id: '',
    level: fieldLevel(fields) ?? matrix ?? readRiskLevel(parent?.section.heading ?? '') ?? unknownLevel(context, s, s.heading),
    label: null,
    title: heading.replace(RISK_HEADING, ''),
    detail: withoutMitigation(blockText(s.nodes)),
    mitigation: field(fields, MITIGATION),
    sectionId: s.section.id,
    position: s.section.position,
  }];
}

function tableRisks(s: SectionContext, table: Table): Risk[] {
  const { keys, headers, rows } = tableRecords(table);
  const at = (pattern: RegExp): number => keys.findIndex((k) => pattern.test(k));
  const [titleAt, levelAt, probabilityAt, impactAt, mitigationAt] = [at(RISK_COLUMNS.title), at(RISK_COLUMNS.level), at(RISK_COLUMNS.probability), at(RISK_COLUMNS.impact), at(RISK_COLUMNS.mitigation)];
  if (titleAt === -1 || (levelAt === -1 && (probabilityAt === -1 || impactAt === -1))) return [];
  return rows.flatMap((row) => {
    const title = titleText(row.texts[titleAt] ?? '');
    if (title === '' || RISK_SUMMARY_ROW.test(normalizeKey(title))) return [];
    const level = readRiskLevel(row.texts[levelAt] ?? '') ?? riskFromMatrix(row.texts[probabilityAt] ?? '', row.texts[impactAt] ?? '');
    const detail = row.texts.flatMap((t, i) => (t === '' || !/^[a-z]{3}/.test(keys[i] ?? '') || [titleAt, levelAt, mitigationAt].includes(i) ? [] : [`${headers[i] ?? ''}: ${t}`]));
    return [{
      id: '',
      level: level ?? 'unknown',
      label: null,
      title,
      detail: detail.length > 0 ? detail.join('\n') : null,
      mitigation: mitigationAt === -1 ? null : row.texts[mitigationAt] || null,
      sectionId: s.section.id,
      position: position(row.node),
    }];
  });
}

function withoutMitigation(text: string | null): string | null {
  const lines = (text ?? '').split('\n').filter((line) => line.trim() !== '' && !/^mitigations?\b/i.test(line.trim()));
  return lines.length > 0 ? lines.join('\n') : null;
}

function fieldLevel(fields: readonly SourceField[]): RiskLevel | null {
  const value = field(fields, /^(risk level|level|risk rating|rating|risk score)$/);
  return value === null ? null : readRiskLevel(value);
}

function field(fields: readonly SourceField[], pattern: RegExp): string | null {
  return fields.find((f) => pattern.test(f.key))?.value ?? null;
}

/** Report a risk whose level nothing names, once per section. */
function unknownLevel(context: ExtractContext, s: SectionContext, node: Parameters<ExtractContext['report']>[1]): RiskLevel {
  if (!reported.has(s)) {
    reported.add(s);
    context.report(`Risks under "${s.section.heading}" have no level (no level heading, "(High)" or "Risk Level:")`, node, 'risk-level-unknown', 'info');
  }
  return 'unknown';
}

function unique(risks: Risk[]): Risk[] {
  const seen = new Set<string>();
  return risks.flatMap((risk) => {
    const id = stableId('risk', risk.title);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ ...risk, id }];
  });
}

/** `text` with its first "(high)"-style level and the whitespace around it replaced by `by` (linear, unlike `\s*(...)\s*`). */
function withoutLevel(text: string, by: string): string {
  const match = LEVEL_IN_PARENS.exec(text);
  if (!match) return text;
  return `${text.slice(0, match.index).trimEnd()}${by}${text.slice(match.index + match[0].length).trimStart()}`;
}
