/** Per-call settings and results of markdownToHtml, carried in `file.data` of the shared processor. */
export interface FragmentData {
  /** source line of the first line of the fragment */
  readonly firstLine: number;
  /** scopes footnote ids to the fragment */
  readonly idPrefix: string;
  /** receives the source lines that got an `L<line>` anchor */
  readonly lines: number[];
}

const KEY = 'phaseReportFragment';

/** Read the fragment settings from a vfile's data (defaults when a caller passed none). */
export function fragmentData(data: Record<string, unknown>): FragmentData {
  const value = data[KEY];
  if (value !== null && typeof value === 'object' && 'firstLine' in value && 'idPrefix' in value && 'lines' in value) return value as FragmentData;
  const fallback: FragmentData = { firstLine: 1, idPrefix: '', lines: [] };
  data[KEY] = fallback;
  return fallback;
}

fragmentData.key = KEY;
