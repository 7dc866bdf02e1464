import type { RootContent } from 'mdast';
import type { Report, Risk } from '../model/types.js';
import { heading } from './md/heading.js';
import { leadParagraph } from './md/leadParagraph.js';
import { listOf } from './md/listOf.js';
import { bucketOf, RETIRED_RISK_LEVELS, RISK_LEVEL_ORDER, riskRank } from '../model/riskLevel.js';
import { DRAFT_HEADINGS } from './policy/draftText.js';

/** "Risk Assessment": the risks still carried, under `### High Risks`-style level headings. */
export function draftRisks(report: Report): RootContent[] {
  const carried = report.risks.filter((r) => !RETIRED_RISK_LEVELS.has(r.level));
  const blocks: RootContent[] = [heading(2, DRAFT_HEADINGS.risks)];
  if (carried.length === 0) {
    blocks.push({ type: 'paragraph', children: [{ type: 'text', value: 'No risk was carried from the last report.' }] });
    return blocks;
  }
  for (const level of levelsOf(carried)) {
    const group = carried.filter((r) => bucketOf(r) === level);
    blocks.push(heading(3, `${capitalise(level)} Risks`), listOf(group.map((risk) => [leadParagraph(risk.title, riskText(risk))])));
  }
  return blocks;
}

function levelsOf(risks: readonly Risk[]): string[] {
  const present = [...new Set(risks.map(bucketOf))];
  const known: string[] = RISK_LEVEL_ORDER.filter((l) => riskRank(l) !== null && present.includes(l));
  const others = present.filter((l) => !known.includes(l)).sort();
  return [...known, ...others];
}

function riskText(risk: Risk): string {
  const detail = (risk.detail ?? '').split('\n')[0]?.trim() ?? '';
  const mitigation = risk.mitigation === null ? '' : `Mitigation: ${risk.mitigation.split('\n')[0]?.trim() ?? ''}`;
  return [detail, mitigation].filter((t) => t !== '').join('; ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
