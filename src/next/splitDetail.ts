import { DETAIL_FIELDS, SLOTS } from './policy/draftText.js';

export interface DetailParts {
  /** the first line that describes the issue, '' when none */
  text: string;
  /** the value of an Owner field, when the detail has one */
  owner: string | null;
}

const FIELD_LINE = /^[-*]?\s*([A-Za-z][A-Za-z ]{0,30}):\s*(.*)$/;

/**
 * An issue's detail split into its description line and its Owner field
 * (an unfilled owner slot is no owner); Status/Severity lines are dropped.
 */
export function splitDetail(detail: string | null): DetailParts {
  let text = '';
  let owner: string | null = null;
  for (const raw of (detail ?? '').split('\n')) {
    const line = raw.trim();
    const field = FIELD_LINE.exec(line);
    const key = field?.[1]?.trim().toLowerCase() ?? '';
    const value = field?.[2]?.trim() ?? '';
    if (DETAIL_FIELDS.owner.test(key) && owner === null && value !== '' && value.replace(/[*_]/g, '') !== SLOTS.owner) owner = value;
    if (field && DETAIL_FIELDS.skipped.test(key)) continue;
    if (text === '' && line !== '') text = line;
  }
  return { text, owner };
}
