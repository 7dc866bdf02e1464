/**
 * Comparison, logic and counting helpers, as a data table: `{{#if (eq a b)}}`,
 * `{{#if (and a (not b))}}`, `{{#if (gt n 0)}}`, `{{len list}}`,
 * `{{progress (ratio done total)}}` (null when total is 0).
 */
export const LOGIC_HELPERS: Readonly<Record<string, (...args: unknown[]) => unknown>> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  lt: (a, b) => typeof a === 'number' && typeof b === 'number' && a < b,
  gt: (a, b) => typeof a === 'number' && typeof b === 'number' && a > b,
  not: (a) => !truthy(a),
  and: (...args) => args.every(truthy),
  or: (...args) => args.some(truthy),
  ratio: (a, b) => (typeof a === 'number' && typeof b === 'number' && b !== 0 ? a / b : null),
  len: (a) => (Array.isArray(a) ? a.length : typeof a === 'string' ? a.length : 0),
};

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}
