const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

/**
 * `{{date iso}}` -> `27 Sep 2025`; `{{date iso "time"}}` adds the time as written
 * (`27 Sep 2025, 04:14 UTC` for a `Z` time). Reads the ISO text itself (no Date,
 * no time zone of the machine); text that is not ISO is returned unchanged.
 */
export function formatDate(iso: unknown, style: unknown = 'date'): string {
  if (typeof iso !== 'string') return '';
  const match = ISO.exec(iso.trim());
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return iso;
  const day = `${Number(match[3])} ${month} ${match[1]}`;
  if (style !== 'time' || match[4] === undefined) return day;
  const zone = /(Z|[+-]00:?00)$/.test(iso.trim()) ? ' UTC' : '';
  return `${day}, ${match[4]}:${match[5]}${zone}`;
}
