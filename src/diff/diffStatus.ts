import type { StatusChange } from '../model/diffSchema.js';
import type { Report } from '../model/types.js';
import { cleanText } from '../parse/text/cleanText.js';

/** How the report's own status line (`**Status**: ...`) moved; compared as cleaned, case-blind text. */
export function diffStatus(older: Report, newer: Report): StatusChange {
  const o = older.meta.status;
  const n = newer.meta.status;
  const lines = { ...(o ? { older: o.position } : {}), ...(n ? { newer: n.position } : {}) };
  const sides = { older: o?.value ?? null, newer: n?.value ?? null };
  if (!o || !n) return { kind: o ? 'disappeared' : n ? 'appeared' : 'absent', ...sides, lines };
  const same = cleanText(o.value).toLowerCase() === cleanText(n.value).toLowerCase();
  return { kind: same ? 'unchanged' : 'changed', ...sides, lines };
}
