import type { RootContent } from 'mdast';
import { formatDate } from '../helpers/formatDate.js';
import type { ReportView } from '../view/types.js';
import { md } from './mdNodes.js';

/** Title, one line of metadata, the verdict and the evaluation's decision. */
export function mdCover(view: ReportView): RootContent[] {
  const { cover, evaluation } = view;
  const facts: string[] = [];
  if (cover.phase) facts.push(`Phase ${cover.phase}`);
  if (cover.date) facts.push(cover.date.iso ? formatDate(cover.date.iso, 'time') : cover.date.raw);
  if (cover.author) facts.push(`${cover.author.role}: ${cover.author.name}`);
  if (cover.status) facts.push(`Status: ${cover.status}`);
  if (cover.nextUpdate) facts.push(`Next update: ${cover.nextUpdate}`);
  const nodes: RootContent[] = [md.heading(2, view.title)];
  if (facts.length > 0) nodes.push(md.paragraph(facts.join(' · ')));
  const verdict = cover.verdict
    ? [md.strong('Verdict:'), ' ', md.strong(md.status(cover.verdict.decision, cover.verdict.value)), ' (', md.source(cover.verdict.source), ')']
    : [md.strong('Verdict:'), ' none stated'];
  const judged = evaluation
    ? [' · ', md.strong('Evaluation:'), ' ', md.strong(md.status(evaluation.decision)), ` (${agreementText(evaluation.agreement)})`]
    : [];
  nodes.push(md.paragraph(...verdict, ...judged));
  if (cover.verdict && cover.verdict.text.trim() !== cover.verdict.value) nodes.push(md.quote(md.paragraph(cover.verdict.text)));
  const conflicts = cover.verdict?.conflicts ?? [];
  if (conflicts.length > 0) {
    const stated = conflicts.flatMap((c, i) => [...(i > 0 ? ['; '] : []), md.status(c.decision, c.value), ' (', md.source(c.source), ')']);
    nodes.push(md.paragraph(md.strong('The report also states:'), ' ', ...stated));
  }
  return nodes;
}

function agreementText(agreement: string): string {
  return agreement === 'agrees' ? 'agrees with the report' : agreement === 'disagrees' ? 'disagrees with the report' : 'the report states no verdict';
}
