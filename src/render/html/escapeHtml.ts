import Handlebars from 'handlebars';

/** Escape text for HTML content and attribute values (the same escaping as `{{ }}`). */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Handlebars.Utils.escapeExpression(String(value));
}
