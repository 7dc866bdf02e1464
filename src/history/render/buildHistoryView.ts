import type Handlebars from 'handlebars';
import { kindLabel } from '../../diff/render/kindLabel.js';
import { CHANGE_TONES } from '../../diff/policy/changeTones.js';
import type { Match, VerdictSide } from '../../model/diffSchema.js';
import type { History, HistoryOrder } from '../../model/historySchema.js';
import { toneOf } from '../../render/helpers/toneOf.js';
import type { Tone } from '../../render/policy/statusTones.js';
import { columnBands } from './columnBands.js';
import { sparklineSvg } from './sparklineSvg.js';

interface Cell {
  readonly text: string;
  readonly cellTone: Tone | null;
  readonly line: number | null;
}

type MetricRow = { readonly name: string; readonly trend: string; readonly trendTone: Tone; readonly spark: Handlebars.SafeString; readonly cells: readonly Cell[] };
type IssueRow = { readonly title: string; readonly severity: string; readonly outcome: string; readonly outcomeTone: Tone; readonly life: string; readonly cells: readonly Cell[] };
type RiskRow = { readonly title: string; readonly cells: readonly Cell[] };

/** One table's worth of report columns, with the rows cut to those columns (see columnBands). */
export interface HistoryBand {
  /** "Reports #1–#3" when the history is split, else null */
  readonly caption: string | null;
  readonly columns: readonly string[];
  readonly metrics: readonly MetricRow[];
  readonly issues: readonly IssueRow[];
  readonly risks: readonly RiskRow[];
}

export interface HistoryView {
  readonly title: string;
  /** the sequence the reports form, when the run grouped reports into several */
  readonly sequence: string | null;
  readonly order: HistoryOrder;
  readonly reports: readonly { readonly column: string; readonly title: string; readonly path: string | null; readonly generated: string | null; readonly verdict: VerdictSide | null }[];
  readonly metrics: readonly MetricRow[];
  readonly issues: readonly IssueRow[];
  readonly risks: readonly RiskRow[];
  /** the tables as printed: report columns cut into bands so no page clips a column */
  readonly bands: readonly HistoryBand[];
}

/** The view of the history page (`pages/history.hbs`): plain data plus the trusted trend SVGs. */
export function buildHistoryView(history: History): HistoryView {
  const column = (i: number): string => {
    const phase = history.reports[i]?.phase;
    return `#${i + 1}${phase ? ` · Phase ${phase}` : ''}`;
  };
  const empty: Cell = { text: '—', cellTone: null, line: null };
  const rows = {
    reports: history.reports.map((r, i) => ({
      column: column(i),
      title: r.title ?? r.path ?? 'untitled report',
      path: r.path,
      generated: r.generated ?? r.date?.iso ?? null,
      verdict: history.verdicts[i] ? { value: history.verdicts[i].value, decision: history.verdicts[i].decision } : null,
    })),
    metrics: seriesFirst(history.metrics).map((m) => ({
      name: m.name,
      trend: kindLabel(m.trend),
      trendTone: CHANGE_TONES[m.trend] ?? 'neutral',
      spark: sparklineSvg(m.points.map((p) => p?.value ?? null), CHANGE_TONES[m.trend] ?? 'neutral'),
      cells: m.points.map((p) => (p ? { text: (p.raw || '—') + uncertainMark(p.match), cellTone: null, line: p.position.line } : empty)),
    })),
    issues: history.issues.map((i) => ({
      title: i.title,
      severity: i.severity,
      outcome: kindLabel(i.outcome),
      outcomeTone: CHANGE_TONES[i.outcome] ?? toneOf(i.outcome),
      life: lifeText(i, column),
      cells: i.states.map((s) =>
        s ? { text: s.status + (s.match?.kind === 'marker' ? ' (marked)' : '') + uncertainMark(s.match), cellTone: toneOf(s.status), line: s.position.line } : empty,
      ),
    })),
    risks: history.risks.map((r) => ({
      title: r.title,
      cells: r.levels.map((l) => (l ? { text: l.level, cellTone: toneOf(l.level), line: l.position.line } : empty)),
    })),
  };
  const split = columnBands(history.reports.length);
  return {
    title: `History of ${history.reports.length} reports`,
    sequence: history.sequence.rule === 'all' ? null : history.sequence.name,
    order: history.order,
    reports: rows.reports,
    metrics: rows.metrics,
    issues: rows.issues,
    risks: rows.risks,
    bands: split.map((band) => {
      const cut = <R extends { cells: readonly Cell[] }>(row: R): R => ({ ...row, cells: row.cells.slice(band.from, band.to) });
      return {
        caption: split.length > 1 ? `Reports #${band.from + 1}–#${band.to}` : null,
        columns: rows.reports.slice(band.from, band.to).map((r) => r.column),
        metrics: rows.metrics.map(cut),
        issues: rows.issues.map(cut),
        risks: rows.risks.map(cut),
      };
    }),
  };
}

function uncertainMark(match: Match | null): string {
  return match?.kind === 'uncertain' ? ` ⚠ ${match.score.toFixed(2)}` : '';
}

/** Metrics with two or more values first (they have a trend), each group in history order. */
function seriesFirst(metrics: History['metrics']): History['metrics'] {
  const many = (m: History['metrics'][number]): boolean => m.trend !== 'single';
  return [...metrics.filter(many), ...metrics.filter((m) => !many(m))];
}

function lifeText(issue: History['issues'][number], column: (i: number) => string): string {
  const parts = [
    issue.openedIn === null ? null : `opened ${column(issue.openedIn)}`,
    issue.resolvedIn === null ? null : `resolved ${column(issue.resolvedIn)}`,
    issue.reopenedIn.length > 0 ? `reopened ${issue.reopenedIn.map(column).join(', ')}` : null,
  ];
  return parts.filter((p): p is string => p !== null).join(' · ') || '—';
}
