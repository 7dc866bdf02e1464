import type { Node } from 'unist';
import { keyValueLine } from './keyValueLine.js';

export interface SourceField {
  /** the key, lower-cased, decoration removed */
  key: string;
  /** the key as written, decoration removed */
  label: string;
  value: string;
  line: number;
}

const PLAIN = /^\s*(?:[-*+]\s+)?([A-Za-z][A-Za-z /]{1,30}):\s+(\S.*)$/;

/**
 * Every `key: value` line in the source of some nodes: `**Status**: Fixed`,
 * `- **Severity**: HIGH`, `STATUS: open`, and plain `Severity: CRITICAL`
 * lines (as in status lists inside fenced code blocks). Keys are lower-cased.
 */
export function sourceFields(text: string, nodes: readonly Node[]): SourceField[] {
  const fields: SourceField[] = [];
  for (const node of nodes) {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) continue;
    text.slice(start.offset, end.offset).split('\n').forEach((source, i) => {
      const kv = keyValueLine(source) ?? plain(source);
      const label = kv?.key.replace(/[*_`]/g, '').trim() ?? '';
      if (kv && kv.value !== '') fields.push({ key: label.toLowerCase(), label, value: kv.value, line: start.line + i });
    });
  }
  return fields;
}

function plain(source: string): { key: string; value: string } | null {
  const match = PLAIN.exec(source);
  return match?.[1] && match[2] ? { key: match[1], value: match[2] } : null;
}
