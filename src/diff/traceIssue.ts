import type { Issue, Report } from '../model/types.js';
import { mentionFinder, type IssueMention } from './findIssueMention.js';
import { findResolutionMarker, type ResolutionMarker } from './findResolutionMarker.js';

/** What a newer report says of an open issue none of its issues pairs with. */
export type IssueTrace =
  | { readonly kind: 'mentioned'; readonly mention: IssueMention }
  | { readonly kind: 'marker'; readonly marker: ResolutionMarker }
  | null;

/** Traces open issues of earlier reports into one newer report (see issueTracer). */
export type IssueTracer = (issue: Issue) => IssueTrace;

/**
 * For a newer report, the function that follows an open issue it lists no
 * matching issue for:
 * 1. a newer open issue whose text names it (mentionFinder): still there,
 *    under other words (the report itself lists it as remaining, whatever ✅
 *    a progress row carries elsewhere);
 * 2. a line that names it and says it is resolved (findResolutionMarker);
 * else null (dropped, or not reported). A newer resolved issue whose text
 * merely shares words with it resolves nothing: only a marker does.
 * `partners`: see mentionFinder.
 */
export function issueTracer(newer: Report, partners?: ReadonlyMap<Issue, Issue>): IssueTracer {
  const findMention = mentionFinder(newer, partners);
  return (issue) => {
    const mention = findMention(issue);
    if (mention !== null) return { kind: 'mentioned', mention };
    const marker = findResolutionMarker(issue, newer);
    return marker === null ? null : { kind: 'marker', marker };
  };
}
