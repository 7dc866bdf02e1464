import type { RootContent } from 'mdast';
import type { MetaField } from '../../../model/types.js';
import { keyValueLine } from '../../text/keyValueLine.js';

/** A further pair in a value: `0% | Compilation: Clean` holds `Compilation: Clean`. */
/** A status marker before a list item's bold key: `- ✅ **Analyzer Status:** Functional`. */
const LEADING_MARK = /^(\s*(?:[-*+]\s+)?)(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]|\[[A-Z][A-Z _-]{0,15}\])+\s*(?=\*\*)/u;
const PIPED_PAIR = /^([A-Za-z][\w /&-]{0,40}?):\s+(\S.*)$/;

/**
 * The key/value lines of paragraphs (and, when `lists`, lists) whose every
 * line is one (a status marker before a bold key is skipped); a line of pairs joined by ` | ` (`*Theater Score: 0% |
 * Compilation: Clean*`) gives one field a pair.
 */
export function blockFields(nodes: readonly RootContent[], text: string, placement: MetaField['placement'], lists: boolean): MetaField[] {
  const fields: MetaField[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph' && !(lists && node.type === 'list')) continue;
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) continue;
    const lines = text.slice(start.offset - (start.column - 1), end.offset).split('\n');
    const parsed = allKeyValues(lines);
    if (!parsed) continue;
    parsed.forEach((kv, i) => {
      if (!kv || kv.value === '') return;
      const line = lines[i] ?? '';
      const column = 1 + (line.length - line.trimStart().length);
      for (const pair of splitPairs(kv)) {
        const at = pair === kv ? column : Math.max(column, line.indexOf(pair.key) + 1);
        fields.push({ key: pair.key, value: pair.value, placement, position: { line: start.line + i, column: at } });
      }
    });
  }
  return fields;
}

/** Every line read as a key/value (blank lines as null), or null as soon as one line is something else. */
function allKeyValues(lines: readonly string[]): Array<ReturnType<typeof keyValueLine>> | null {
  const parsed: Array<ReturnType<typeof keyValueLine>> = [];
  for (const line of lines) {
    const kv = keyValueLine(line.replace(LEADING_MARK, '$1'));
    if (kv === null && line.trim() !== '') return null;
    parsed.push(kv);
  }
  return parsed;
}

function splitPairs(kv: { key: string; value: string }): { key: string; value: string }[] {
  const parts = kv.value.split(' | ');
  if (parts.length < 2) return [kv];
  const rest = parts.slice(1).map((part) => PIPED_PAIR.exec(part.trim()));
  if (rest.some((m) => m === null)) return [kv];
  return [{ key: kv.key, value: (parts[0] ?? '').trim() }, ...rest.map((m) => ({ key: (m?.[1] ?? '').trim(), value: (m?.[2] ?? '').trim() }))];
}
