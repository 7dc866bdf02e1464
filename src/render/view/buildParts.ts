import { REPORT_PARTS, type PartKey } from '../policy/reportParts.js';
import type { PartsView, PartView } from './types.js';


/** Ids, titles and visibility of the page parts, from the REPORT_PARTS table. */
export function buildParts(shown: Readonly<Record<PartKey, boolean>>): PartsView {
  const entries = REPORT_PARTS.map((part) => [part.key, { id: part.id, title: part.title, shown: shown[part.key] }] as const);
  return Object.fromEntries(entries) as Record<PartKey, PartView>;
}
