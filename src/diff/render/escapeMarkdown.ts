/**
 * Text from a report as literal markdown inline text: characters that would
 * start emphasis, code, links, HTML or break a table cell are escaped, line
 * breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*[\]|]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/\s*\n\s*/g, ' ');
}
