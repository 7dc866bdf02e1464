import { z } from 'zod';
import { ConfigFile, DEFAULTS } from './configSchema.js';

/** The type of one setting as the README shows it. */
function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map(typeOf).join(' \\| ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null) return `array of ${typeOf(schema.items as Record<string, unknown>)}`;
  if (schema.type === 'integer' || schema.type === 'number') {
    const range = [schema.minimum ?? schema.exclusiveMinimum, schema.maximum].some((v) => v !== undefined) ? ` (${String(schema.minimum ?? `>${String(schema.exclusiveMinimum)}`)}–${String(schema.maximum ?? '')})` : '';
    return `${String(schema.type)}${range}`;
  }
  return String(schema.type ?? 'any');
}

/**
 * The README's config reference, generated from the schema (ConfigFile) and
 * DEFAULTS: one row per key, so a new setting documents itself.
 */
export function configReference(): string {
  const schema = z.toJSONSchema(ConfigFile) as { properties: Record<string, Record<string, unknown>> };
  const defaults: Record<string, unknown> = { ...DEFAULTS, formats: 'per command' };
  const rows = Object.entries(schema.properties).map(([key, property]) => {
    const value = defaults[key];
    const fallback = value === null || value === undefined ? '—' : typeof value === 'string' && value === 'per command' ? value : `\`${JSON.stringify(value)}\``;
    return `| \`${key}\` | ${typeOf(property)} | ${fallback} | ${String(property.description ?? '')} |`;
  });
  return ['| key | type | default | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
