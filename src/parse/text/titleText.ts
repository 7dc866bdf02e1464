import { TITLE_STATUS_NOISE } from '../policy/issueStatuses.js';
import { cleanText } from './cleanText.js';
import { trimEndOf } from '../../util/textRuns.js';

const NUMBERING = /^(?:\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+|[A-Z]\.|[a-z]\)|#\d+:?)\s+/;

/**
 * A title as shown: decoration (emoji, `[OK]`), leading numbering (`1.5`,
 * `A.`), status words (`(NOW RESOLVED)`, `- FIXED`) and a trailing colon
 * removed, so the same item keeps its title when its status changes.
 */
export function titleText(text: string): string {
  let title = cleanText(text).replace(NUMBERING, '');
  for (const noise of TITLE_STATUS_NOISE) title = title.replace(noise, '');
  return trimEndOf(title.replace(/\*\*/g, ''), ' :').replace(/\s+/g, ' ').trim();
}
