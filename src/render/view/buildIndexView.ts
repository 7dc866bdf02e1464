import { safeHref } from './safeHref.js';

/** One output of a run, as the CLI lists it for index.html. */
export interface IndexEntry {
  readonly title: string;
  readonly kind: 'report' | 'diff' | 'history' | 'next';
  /** paths relative to index.html (or URLs) of the files written for this output */
  readonly files: { readonly html?: string; readonly pdf?: string; readonly md?: string; readonly json?: string };
  readonly phase?: string;
  readonly decision?: string;
  /** the sequence (project) the output belongs to, when the run grouped its reports */
  readonly sequence?: string;
}

/** The order a run placed one sequence's reports in, and why. */
export interface IndexOrder {
  readonly sequence: string;
  readonly reports: ReadonlyArray<{ readonly input: string; readonly title: string | null }>;
  readonly reason: string;
}

export interface IndexView {
  readonly title: string;
  readonly timestamp: string | null;
  /** each sequence of two reports or more: its reports in the order used (diffs are between neighbours) and why */
  readonly orders: ReadonlyArray<{
    readonly sequence: string;
    readonly reports: ReadonlyArray<{ readonly input: string; readonly title: string | null }>;
    readonly reason: string;
  }>;
  /** whether the entries name sequences (then the index shows a Sequence column) */
  readonly sequences: boolean;
  readonly entries: ReadonlyArray<{
    readonly title: string;
    readonly kind: string;
    readonly phase: string | null;
    readonly decision: string | null;
    readonly sequence: string | null;
    /** the first file of html, pdf, md, json: the title links to it */
    readonly primary: string | null;
    readonly files: ReadonlyArray<{ readonly name: string; readonly href: string }>;
  }>;
}

const FILE_KINDS = [
  { key: 'html', name: 'HTML' },
  { key: 'pdf', name: 'PDF' },
  { key: 'md', name: 'Markdown' },
  { key: 'json', name: 'JSON' },
] as const;

/** The view of the `index` page: entries in the order given, unsafe links dropped. */
export function buildIndexView(entries: readonly IndexEntry[], options: { title?: string; timestamp?: string; orders?: readonly IndexOrder[] } = {}): IndexView {
  return {
    title: options.title ?? 'phase-report outputs',
    timestamp: options.timestamp ?? null,
    orders: (options.orders ?? []).filter((o) => o.reports.length > 1).map((o) => ({ sequence: o.sequence, reports: o.reports.map((r) => ({ input: r.input, title: r.title })), reason: o.reason })),
    sequences: entries.some((entry) => entry.sequence !== undefined),
    entries: entries.map((entry) => {
      const files = FILE_KINDS.flatMap(({ key, name }) => {
        const raw = entry.files[key];
        const href = raw === undefined ? null : safeHref(raw);
        return href === null ? [] : [{ name, href }];
      });
      return {
        title: entry.title,
        kind: entry.kind,
        phase: entry.phase ?? null,
        decision: entry.decision ?? null,
        sequence: entry.sequence ?? null,
        primary: files[0]?.href ?? null,
        files,
      };
    }),
  };
}
