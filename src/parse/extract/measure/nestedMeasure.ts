import type { ListItem, Paragraph } from 'mdast';
import type { Quantity, Target } from '../../../model/types.js';
import { GATE_STATUS } from '../../policy/gateStatus.js';
import { METRIC_COLUMNS } from '../../policy/metricColumns.js';
import { cleanText } from '../../text/cleanText.js';
import { keyValueLine } from '../../text/keyValueLine.js';
import { normalizeKey } from '../../text/normalizeKey.js';
import { position } from '../../text/position.js';
import { readMark } from '../../text/readMark.js';
import { readQuantity } from '../../text/readQuantity.js';
import { readTarget } from '../../text/readTarget.js';
import type { Found } from './types.js';

type Parts = { target: Target | null; current: Quantity | null; before: Quantity | null; after: Quantity | null };

/**
 * A metric written as a list item whose key line has no number and whose
 * sub-items are bare fields:
 *   - **Test Coverage**: FAIL (BLOCKING)
 *     - Value: 0.0
 *     - Threshold: >= 80.0
 * Returns the metric and the field paragraphs it consumed, or null.
 */
export function nestedMeasure(item: ListItem, text: string, sectionId: string, gate: boolean): { found: Found; used: Paragraph[] } | null {
  const [head, ...rest] = item.children;
  const sub = rest.find((c) => c.type === 'list');
  if (head?.type !== 'paragraph' || sub?.type !== 'list') return null;
  const pair = keyValueLine(source(head, text));
  if (!pair) return null;
  const parts: Parts = { target: null, current: null, before: null, after: null };
  const used: Paragraph[] = [];
  for (const child of sub.children) {
    const field = child.children[0];
    if (field?.type === 'paragraph' && readField(source(field, text), parts)) used.push(field);
  }
  if (used.length === 0) return null;
  const name = cleanText(pair.key.replace(/\*\*|__|`/g, ''));
  const hit = GATE_STATUS.map(({ met, pattern }) => ({ met, match: pattern.exec(pair.value) })).find((h) => h.match);
  const status = hit?.match ? { text: hit.match[0], met: hit.met } : null;
  const mark = readMark(pair.value) ?? (status ? (status.met ? 'done' : 'failed') : null);
  const measure = { ...parts, current: parts.current ?? parts.after, status };
  return { found: { name, measure, mark, status: status?.text ?? null, gate, sectionId, position: position(item) }, used };
}

function readField(line: string, parts: Parts): boolean {
  const pair = keyValueLine(line) ?? /^\s*(?<key>[A-Za-z][A-Za-z ]{1,20}):\s+(?<value>\S.*)$/.exec(line)?.groups;
  const key = normalizeKey(pair?.key ?? '');
  if (!pair?.value || key.split(' ').length > 2) return false;
  const role = METRIC_COLUMNS.find((row) => row.pattern.test(key))?.role;
  const value = cleanText(pair.value.replace(/\*\*|__|`/g, ''));
  if (role === 'target') parts.target = readTarget(value, 0, true)?.value ?? null;
  else if (role === 'current' || role === 'before' || role === 'after') parts[role] = readQuantity(value, 0)?.value ?? null;
  else return false;
  return true;
}

function source(node: Paragraph, text: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : (text.slice(start, end).split('\n')[0] ?? '');
}
