import type Handlebars from 'handlebars';
import { kindLabel } from '../../diff/render/kindLabel.js';
import { CHANGE_TONES } from '../../diff/policy/changeTones.js';
import type { Match, VerdictSide } from '../../model/diffSchema.js';
import type { History, HistoryOrder } from '../../model/historySchema.js';
import { toneOf } from '../../render/helpers/toneOf.js';
import type { Tone } from '../../render/policy/statusTones.js';
import { sparklineSvg } from './sparklineSvg.js';

interface Cell {
  readonly text: string;
  readonly cellTone: Tone | null;
  readonly line: number | null;
}

export interface HistoryView {
  readonly title: string;
  readonly order: HistoryOrder;
  readonly reports: readonly { readonly column: string; readonly title: string; readonly path: string | null; readonly generated: string | null; readonly verdict: VerdictSide | null }[];
  readonly metrics: readonly { readonly name: string; readonly trend: string; readonly trendTone: Tone; readonly spark: Handlebars.SafeString; readonly cells: readonly Cell[] }[];
  readonly issues: readonly { readonly title: string; readonly severity: string; readonly outcome: string; readonly outcomeTone: Tone; readonly life: string; readonly cells: readonly Cell[] }[];
  readonly risks: readonly { readonly title: string; readonly cells: readonly Cell[] }[];
}

/** The view of the history page (`pages/history.hbs`): plain data plus the trusted trend SVGs. */
export function buildHistoryView(history: History): HistoryView {
  const column = (i: number): string => {
    const phase = history.reports[i]?.phase;
    return `#${i + 1}${phase ? ` · Phase ${phase}` : ''}`;
  };
  const empty: Cell = { text: '—', cellTone: null, line: null };
  return {
    title: `History of ${history.reports.length} reports`,
    order: history.order,
    reports: history.reports.map((r, i) => ({
      column: column(i),
      title: r.title ?? r.path ?? 'untitled report',
      path: r.path,
      generated: r.generated,
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
