/**
 * A cited line as markdown: `L13`, or `[L13](url)` when a `sourceUrl`
 * template is configured. The template's `{path}` is the report's path (as
 * given, URI-encoded per segment) and `{line}` the line number, e.g.
 * `https://github.com/org/repo/blob/main/{path}#L{line}`. Only http(s) URLs
 * make links; the text is never taken from the report.
 */
export function sourceLink(line: number | null, path: string | null, template: string | undefined): string {
  if (line === null) return '—';
  const text = `L${line}`;
  if (template === undefined || path === null || !/^https?:\/\//i.test(template)) return text;
  const encoded = path.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
  const url = template.replace(/\{path\}/g, encoded).replace(/\{line\}/g, String(line));
  return `[${text}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}
