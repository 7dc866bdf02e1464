import type { Report } from '../../src/model/types.js';

/** A valid report with nothing in it; tests add the facts they need. */
export function emptyReport(overrides: Partial<Report> = {}, meta: Partial<Report['meta']> = {}): Report {
  return {
    schemaVersion: 2,
    source: { path: null, lines: 200 },
    meta: { title: null, phase: null, generated: null, author: null, status: null, nextUpdate: null, subtitle: null, fields: [], ...meta },
    sections: [],
    metrics: [],
    gates: [],
    issues: [],
    risks: [],
    actions: [],
    criteria: [],
    steps: [],
    verdicts: [],
    verdict: null,
    tables: [],
    diagnostics: [],
    ...overrides,
  };
}
