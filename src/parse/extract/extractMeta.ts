import type { RootContent } from 'mdast';
import { parseDocument } from 'yaml';
import type { Meta, MetaField } from '../../model/types.js';
import type { ExtractContext, SectionContext } from '../context.js';
import { META_KEYS, PHASE_PATTERN } from '../policy/metaKeys.js';
import { keyValueLine } from '../text/keyValueLine.js';
import { parseDate } from '../text/parseDate.js';
import { position } from '../text/position.js';

/**
 * The report's metadata: title, and every `key: value` line standing under the
 * title (header), at the start of the first section (body) or at the end of the
 * report (footer, sign-off lines), plus front matter.
 */
export function extractMeta(context: ExtractContext): Meta {
  const fields = [...frontMatterFields(context), ...collectFields(context)];
  const titleSection = context.sections.find((s) => s.heading !== null);
  const titleFact = titleSection?.heading
    ? { value: titleSection.section.heading, position: titleSection.section.position }
    : null;
  const title = fieldFact(fields, /^title$/) ?? titleFact;
  return {
    title,
    phase: phaseOf(fields, title),
    generated: generatedOf(fields),
    author: authorOf(fields),
    status: fieldFact(fields, META_KEYS.status),
    nextUpdate: fieldFact(fields, META_KEYS.nextUpdate),
    fields,
  };
}

function collectFields(context: ExtractContext): MetaField[] {
  const { sections, text } = context;
  let fields: MetaField[] = [];
  const headed = sections.filter((s) => s.heading !== null);
  const top = sections.filter((s) => s.heading === null || (s.section.depth === 1 && s === headed[0]));
  for (const s of top) fields = fields.concat(blockFields(s.nodes, text, 'header', true));
  const first = headed.find((s) => s !== headed[0] || s.section.depth !== 1);
  if (first && !top.includes(first)) fields = fields.concat(leadingFields(first, text));
  const last = sections.findLast((s) => s.nodes.length > 0);
  if (last && !top.includes(last)) fields = fields.concat(trailingFields(last, text));
  return dedupe(fields);
}

function leadingFields(section: SectionContext, text: string): MetaField[] {
  const run: RootContent[] = [];
  for (const node of section.nodes) {
    if (node.type !== 'paragraph' || blockFields([node], text, 'body', false).length === 0) break;
    run.push(node);
  }
  return blockFields(run, text, 'body', false);
}

function trailingFields(section: SectionContext, text: string): MetaField[] {
  const run: RootContent[] = [];
  for (const node of section.nodes.toReversed()) {
    if (node.type === 'thematicBreak') continue;
    if (node.type !== 'paragraph' || (blockFields([node], text, 'footer', false).length === 0 && !isEmphasisOnly(node))) break;
    run.unshift(node);
  }
  return blockFields(run, text, 'footer', false);
}

function isEmphasisOnly(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.every((c) => c.type === 'emphasis' || (c.type === 'text' && c.value.trim() === ''));
}

/** key/value lines of paragraphs (and, in the header, lists) whose every line is one. */
function blockFields(nodes: readonly RootContent[], text: string, placement: MetaField['placement'], lists: boolean): MetaField[] {
  const fields: MetaField[] = [];
  for (const node of nodes) {
    if (node.type !== 'paragraph' && !(lists && node.type === 'list')) continue;
    const start = node.position?.start;
    const end = node.position?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) continue;
    const lines = text.slice(start.offset - (start.column - 1), end.offset).split('\n');
    const parsed = lines.map((line) => keyValueLine(line));
    if (parsed.some((kv, i) => kv === null && (lines[i] ?? '').trim() !== '')) continue;
    parsed.forEach((kv, i) => {
      if (!kv || kv.value === '') return;
      const column = 1 + ((lines[i] ?? '').length - (lines[i] ?? '').trimStart().length);
      fields.push({ key: kv.key, value: kv.value, placement, position: { line: start.line + i, column } });
    });
  }
  return fields;
}

/** Fields of the YAML front matter; its problems become diagnostics (never a warning on stderr). */
function frontMatterFields(context: ExtractContext): MetaField[] {
  const node = context.tree.children[0];
  if (node?.type !== 'yaml') return [];
  let data: unknown;
  try {
    const doc = parseDocument(node.value, { logLevel: 'silent' });
    for (const problem of [...doc.errors, ...doc.warnings]) {
      context.report(`Front matter is not valid YAML: ${problem.message.split('\n')[0] ?? ''}`, node, 'front-matter-invalid');
    }
    if (doc.errors.length > 0) return [];
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    context.report(`Front matter cannot be read: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`, node, 'front-matter-invalid');
    return [];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data)
    .filter(([, value]) => value !== null && typeof value !== 'object')
    .map(([key, value]) => ({ key, value: String(value), placement: 'header' as const, position: position(node) }));
}

function dedupe(fields: MetaField[]): MetaField[] {
  const seen = new Set<string>();
  return fields.filter((f) => {
    const key = `${f.position.line}:${f.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function find(fields: MetaField[], pattern: RegExp): MetaField | undefined {
  return fields.find((f) => pattern.test(f.key.toLowerCase()));
}

function fieldFact(fields: MetaField[], pattern: RegExp): Meta['status'] {
  const field = find(fields, pattern);
  return field ? { value: field.value, position: field.position } : null;
}

function phaseOf(fields: MetaField[], title: Meta['title']): Meta['phase'] {
  const field = find(fields, META_KEYS.phase);
  const sources = [
    ...(field ? [{ text: /^\s*phase\b/i.test(field.value) ? field.value : `phase ${field.value}`, position: field.position }] : []),
    ...(title ? [{ text: title.value, position: title.position }] : []),
  ];
  for (const source of sources) {
    const label = PHASE_PATTERN.exec(source.text)?.[1];
    if (label === undefined) continue;
    const number = /^\d/.test(label) ? Number(label) : romanToNumber(label);
    return { label, number, position: source.position };
  }
  return null;
}

function romanToNumber(text: string): number | null {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  const chars = text.toLowerCase().split('');
  chars.forEach((c, i) => {
    const v = values[c] ?? 0;
    total += v < (values[chars[i + 1] ?? ''] ?? 0) ? -v : v;
  });
  return total > 0 ? total : null;
}

function generatedOf(fields: MetaField[]): Meta['generated'] {
  const field = find(fields, META_KEYS.generated);
  return field ? { raw: field.value, iso: parseDate(field.value), position: field.position } : null;
}

function authorOf(fields: MetaField[]): Meta['author'] {
  const field = find(fields, META_KEYS.author);
  return field ? { name: field.value.replace(/[*_`]/g, '').trim(), role: field.key, position: field.position } : null;
}
