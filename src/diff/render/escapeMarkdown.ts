import { joinLines } from '../../util/textRuns.js';

/**
 * Text from a report as literal markdown inline text: characters that would
 * start emphasis, code, links, HTML or break a table cell are escaped, line
 * breaks become spaces, and @mentions are neutralised (a zero-width joiner
 * after the `@`), so a pasted report never pings people or teams.
 */
export function escapeMarkdown(text: string): string {
  return joinLines(text, ' ')
    .replace(/[\\`*[\]|]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/@(?=[\p{L}\p{N}_-])/gu, '@\u200D');
}
