/**
 * A `key: value` line as reports write them: `**Key**: value`, `**Key:** value`,
 * `- **Key**: value`, `KEY: value` (all caps), `*Key: value*`, `**Key: value**`. Returns null for other lines.
 */
const BOLD = /^\s*(?:[-*+]\s+)?(?:\d+\.\s+)?\*\*([^*\n]{1,60}?)\s*(:?)\*\*\s*(:?)\s*(.*)$/;
const CAPS = /^\s*([A-Z][A-Z0-9 /&-]{1,40}[A-Z0-9]):\s+(\S.*)$/;
/** a whole bold line: `**REMEDIATION STATUS: COMPLETE SUCCESS** ✅` (what follows the bold is kept) */
const BOLD_LINE = /^\s*(?:[-*+]\s+)?\*\*([A-Za-z][^*:\n]{0,58}):\s+(\S[^*\n]*)\*\*([^*\n]*)$/;
/** a sign-off line in emphasis: `*Report Generated: 2025-01-27*` */
const EMPHASISED = /^\s*([*_])([A-Z][A-Za-z0-9 /&-]{1,40}?):\s+([^*_].*?)\1\s*$/;

export function keyValueLine(line: string): { key: string; value: string } | null {
  const bold = BOLD.exec(line);
  if (bold && (bold[2] === ':' || bold[3] === ':')) {
    const key = (bold[1] ?? '').trim();
    const value = stripTrailingBreak(bold[4] ?? '');
    return key === '' ? null : { key, value };
  }
  const whole = BOLD_LINE.exec(line);
  if (whole) return { key: (whole[1] ?? '').trim(), value: stripTrailingBreak(`${whole[2] ?? ''}${whole[3] ?? ''}`.trim()) };
  const emphasised = EMPHASISED.exec(line);
  if (emphasised) return { key: (emphasised[2] ?? '').trim(), value: stripTrailingBreak(emphasised[3] ?? '') };
  const caps = CAPS.exec(line);
  if (caps) return { key: (caps[1] ?? '').trim(), value: stripTrailingBreak(caps[2] ?? '') };
  return null;
}

function stripTrailingBreak(value: string): string {
  return value.replace(/\\$/, '').trimEnd();
}
