import type { List, ListItem } from 'mdast';
import { NONE_STATED } from '../policy/noneStated.js';
import { listItemParts } from './listItemParts.js';
import { metricItem } from './metricItem.js';
import { titleText } from './titleText.js';
import { withoutTrailingParens } from '../../util/textRuns.js';

export interface IssueItems {
  /** the items that may name issues */
  items: ListItem[];
  /** true when the lists held items, all of them "none" statements: the section names no issue (a list of metric lines leaves its heading to name one) */
  quiet: boolean;
}

/**
 * The items of issue lists that may name issues. Left out: "none" statements
 * (`❌ **None detected**`), bare metric lines (`**Real Tests:** 28%`), and
 * every item of a list made only of metric lines (`**Total Files:** 62 test
 * files` among them).
 */
export function issueItems(text: string, lists: readonly List[]): IssueItems {
  const items: ListItem[] = [];
  let metrics = 0;
  let nones = 0;
  for (const list of lists) {
    const read = list.children.map((item) => {
      const parts = listItemParts(item);
      const none = NONE_STATED.test(withoutTrailingParens(titleText(parts.text)));
      return { item, none, metric: none ? null : metricItem(text, item, parts.rest) };
    });
    const metricList = read.length > 1 && read.every((r) => r.metric !== null);
    for (const r of read) {
      if (r.none) nones++;
      else if (metricList || r.metric === 'bare') metrics++;
      else items.push(r.item);
    }
  }
  return { items, quiet: items.length === 0 && metrics === 0 && nones > 0 };
}
