/**
 * ISO 8601 for the date forms real reports use, or null. Never consults the
 * machine's time zone: a time without a zone stays without one.
 *   2025-09-27T04:14:00Z, 2025-09-26T16:00:00-04:00, 2025-09-18T12:02:05.174958,
 *   2025-09-23, 2025/09/23, September 26, 2025[, 23:45 UTC], 26 September 2025, Sep 26 2025
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMERIC = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?/i;
const MONTH_FIRST = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT)?)?/i;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})/i;

export function parseDate(raw: string): string | null {
  const text = raw.replace(/[*_`]/g, '').trim();
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, y, mo, d, h, mi, s, frac, zone] = numeric;
    return build(Number(y), Number(mo), Number(d), h === undefined ? undefined : [Number(h), Number(mi), Number(s ?? 0), frac ?? ''], zone);
  }
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) {
    const [, name, d, y, h, mi, s, zone] = monthFirst;
    const mo = month(name);
    return mo === 0 ? null : build(Number(y), mo, Number(d), h === undefined ? undefined : [Number(h), Number(mi), Number(s ?? 0), ''], zone);
  }
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const mo = month(dayFirst[2]);
    return mo === 0 ? null : build(Number(dayFirst[3]), mo, Number(dayFirst[1]), undefined, undefined);
  }
  return null;
}

function month(name: string | undefined): number {
  const key = (name ?? '').slice(0, 3).toLowerCase();
  return MONTHS.indexOf(key) + 1;
}

function build(y: number, mo: number, d: number, time: [number, number, number, string] | undefined, zone: string | undefined): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  const [h, mi, s, frac] = time;
  if (h > 23 || mi > 59 || s > 60) return null;
  const local = `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${frac.slice(0, 4)}`;
  if (zone === undefined) return local;
  if (/^(Z|UTC|GMT)$/i.test(zone)) return `${local}Z`;
  const sign = zone.startsWith('-') ? 1 : -1;
  const [zh, zm] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) + sign * (zh * 60 + zm) * 60_000;
  return `${new Date(utc).toISOString().slice(0, 19)}Z`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
