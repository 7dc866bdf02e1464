import type { Root } from 'mdast';
import { gfmTaskListItemToMarkdown } from 'mdast-util-gfm-task-list-item';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { evaluate } from '../evaluate/evaluate.js';
import type { Evaluation } from '../model/evaluation.js';
import type { Report } from '../model/types.js';
import { draftGates } from './draftGates.js';
import { draftIssues } from './draftIssues.js';
import { draftMeta } from './draftMeta.js';
import { draftResolved } from './draftResolved.js';
import { draftRisks } from './draftRisks.js';
import { draftSteps } from './draftSteps.js';
import { draftVerdict } from './draftVerdict.js';

export interface NextUpdateOptions {
  /** the report before `report`: adds the issues resolved between the two */
  since?: Report;
  /** the evaluation of `report`; computed with the default rules when absent */
  evaluation?: Evaluation;
}

/**
 * Serialisation settings. Of GFM only task items are needed; the strikethrough
 * extension is left out on purpose, as it escapes every `~` and `~60%` must
 * stay readable as written.
 */
const MARKDOWN: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
  extensions: [gfmTaskListItemToMarkdown()],
};

/**
 * The markdown draft of the next update: metadata with placeholders, issues
 * resolved since `since`, open issues with owners and status slots, gates not
 * yet met with a slot for the new value, risks by level, the last next steps
 * as a checklist, and the go/no-go evaluation with a slot for the new verdict.
 * Built as mdast and serialised, so it parses back with the same issue ids,
 * gate targets and risk levels. Pure and deterministic.
 */
export function nextUpdate(report: Report, options: NextUpdateOptions = {}): string {
  const root: Root = {
    type: 'root',
    children: [
      ...draftMeta(report),
      ...(options.since ? draftResolved(report, options.since) : []),
      ...draftIssues(report),
      ...draftGates(report),
      ...draftRisks(report),
      ...draftSteps(report),
      ...draftVerdict(report, options.evaluation ?? evaluate(report)),
    ],
  };
  return toMarkdown(root, MARKDOWN);
}
