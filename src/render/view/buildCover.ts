import type { Report } from '../../model/types.js';
import type { SourceLinker } from './createSourceLinker.js';
import { titleOf } from './titleOf.js';
import type { CoverView } from './types.js';

/** The cover block: title, subtitle, phase, date, author, status, verdict (with the statements that contradict it) and every metadata field. */
export function buildCover(report: Report, link: SourceLinker): CoverView {
  const { meta, verdict } = report;
  return {
    title: titleOf(report),
    phase: meta.phase?.label ?? null,
    date: meta.generated ? { raw: meta.generated.raw, iso: meta.generated.iso, source: link(meta.generated.position) } : null,
    author: meta.author ? { name: meta.author.name, role: meta.author.role, source: link(meta.author.position) } : null,
    status: meta.status?.value ?? null,
    nextUpdate: meta.nextUpdate?.value ?? null,
    sources: {
      title: meta.title ? link(meta.title.position) : null,
      status: meta.status ? link(meta.status.position) : null,
      nextUpdate: meta.nextUpdate ? link(meta.nextUpdate.position) : null,
    },
    subtitle: meta.subtitle?.value ?? null,
    verdict: verdict
      ? {
          value: verdict.value,
          decision: verdict.decision,
          text: verdict.text,
          source: link(verdict.position),
          conflicts: report.verdicts
            .filter((v) => v.decision !== 'unknown' && v.decision !== verdict.decision)
            .map((v) => ({ value: v.value, decision: v.decision, source: link(v.position) })),
        }
      : null,
    path: report.source.path,
    lines: report.source.lines,
    fields: meta.fields.map((f) => ({ key: f.key, value: f.value, placement: f.placement, source: link(f.position) })),
  };
}

