import type { Code } from 'mdast';
import { JSON_FENCES, JSON_STATUS_KEYS, JSON_TARGET_KEYS } from '../../policy/outputFences.js';
import { readMetricLine } from '../../text/readMetricLine.js';
import type { Found } from './types.js';

/** A top-level entry of an object: `"theater_score": 25/100,` (JSON as reports write it, not always valid). */
const ENTRY = /^\s*"(?<key>[A-Za-z][\w .-]{0,60})"\s*:\s*(?<value>[^{}[\]\n]*?)\s*,?\s*$/;
/** the quotes around a value: `"<=40"` */
const QUOTED = /^"(.*)"$/;

/**
 * The metrics of a JSON summary in a json fence: each top-level entry whose
 * value reads as a quantity is one, named by its key in words
 * (`theater_score` → "Theater Score"); a `target` and a `status` entry of the
 * object belong to its first metric (policy: JSON_* in outputFences.ts).
 * Nested objects and arrays are details, not read.
 */
export function jsonSummary(node: Code, sectionId: string, gate: boolean): Found[] {
  const start = node.position?.start.line;
  if (start === undefined || !JSON_FENCES.includes((node.lang ?? '').toLowerCase()) || !node.value.trimStart().startsWith('{')) return [];
  const entries: Array<{ key: string; value: string; line: number; column: number }> = [];
  let depth = 0;
  node.value.split('\n').forEach((text, i) => {
    const entry = depth === 1 ? ENTRY.exec(text)?.groups : undefined;
    if (entry?.key !== undefined && entry.value !== undefined) {
      entries.push({ key: entry.key, value: entry.value.replace(QUOTED, '$1'), line: start + 1 + i, column: 1 + text.length - text.trimStart().length });
    }
    for (const c of text) depth += c === '{' || c === '[' ? 1 : c === '}' || c === ']' ? -1 : 0;
  });
  const role = (key: string, keys: readonly string[]) => keys.includes(key.toLowerCase());
  const target = entries.find((e) => role(e.key, JSON_TARGET_KEYS))?.value;
  const status = entries.find((e) => role(e.key, JSON_STATUS_KEYS))?.value;
  const found: Found[] = [];
  for (const e of entries) {
    if (role(e.key, JSON_TARGET_KEYS) || role(e.key, JSON_STATUS_KEYS)) continue;
    const first = found.length === 0;
    // the line the metric reader would read, had the report written it in prose
    const line = `${words(e.key)}: ${e.value}${first && target !== undefined ? ` (target: ${target})` : ''}${first && status !== undefined ? ` - ${status}` : ''}`;
    const read = readMetricLine(line, true);
    if (read === null || read === 'unreadable' || read.measure.current === null) continue;
    found.push({ name: read.name, measure: read.measure, mark: read.mark, status: read.status, gate, sectionId, position: { line: e.line, column: e.column } });
  }
  return found;
}

/** `theater_score`, `theaterScore`, `theater-score` → "Theater Score". */
function words(key: string): string {
  return key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
