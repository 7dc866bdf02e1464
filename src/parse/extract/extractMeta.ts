import { parseDocument } from 'yaml';
import type { Meta, MetaField } from '../../model/types.js';
import type { ExtractContext } from '../context.js';
import { META_KEYS, PHASE_PATTERN } from '../policy/metaKeys.js';
import { parseDate } from '../text/parseDate.js';
import { position } from '../text/position.js';
import { collectFields } from './meta/collectFields.js';
import { subtitleOf } from './meta/subtitleOf.js';

/**
 * The report's metadata: title, and every `key: value` line standing under the
 * title (header), at the start of the first section (body) or at the end of the
 * report (footer, sign-off lines), plus front matter.
 */
export function extractMeta(context: ExtractContext): Meta {
  const subtitle = subtitleOf(context);
  const collected = collectFields(context, subtitle?.position.line ?? null);
  const front = frontMatterFields(context);
  const fields = [...front, ...collected.fields];
  const slots = [...front, ...collected.slotFields];
  const titleSection = context.sections.find((s) => s.heading !== null);
  const titleFact = titleSection?.heading
    ? { value: titleSection.section.heading, position: titleSection.section.position }
    : null;
  const title = fieldFact(slots, /^title$/) ?? titleFact;
  return {
    title,
    phase: phaseOf(slots, title),
    generated: generatedOf(slots),
    author: authorOf(slots),
    status: fieldFact(slots, META_KEYS.status),
    nextUpdate: fieldFact(slots, META_KEYS.nextUpdate),
    subtitle,
    fields,
  };
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
