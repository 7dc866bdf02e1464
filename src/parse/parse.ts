import type { Root } from 'mdast';
import type { Node } from 'unist';
import { SCHEMA_VERSION } from '../model/schema.js';
import type { Diagnostic, Report } from '../model/types.js';
import { buildSections } from './buildSections.js';
import type { ExtractContext } from './context.js';
import { extractActions } from './extract/extractActions.js';
import { extractCriteria } from './extract/extractCriteria.js';
import { extractGates } from './extract/extractGates.js';
import { extractIssues } from './extract/extractIssues.js';
import { extractMeta } from './extract/extractMeta.js';
import { extractMetrics } from './extract/extractMetrics.js';
import { extractRisks } from './extract/extractRisks.js';
import { extractSteps } from './extract/extractSteps.js';
import { extractTables } from './extract/extractTables.js';
import { extractVerdicts } from './extract/extractVerdicts.js';
import { readMarkdown } from './readMarkdown.js';
import { prepareText } from './prepareText.js';
import { position } from './text/position.js';

export interface ParseOptions {
  /** the file name to record in the model (no file is read) */
  path?: string | null;
}


/**
 * Parse one markdown phase assessment report into the model. Pure: text in,
 * model out, no I/O. Never throws on any string; what it cannot interpret is
 * reported in `diagnostics`.
 */
export function parse(markdown: string, options: ParseOptions = {}): Report {
  const { text, diagnostics } = prepareText(markdown);
  const tree = readMarkdown(text);
  const context = createContext(text, tree, diagnostics);
  const { verdicts, verdict } = extractVerdicts(context);
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: options.path ?? null, lines: lineCount(text) },
    meta: extractMeta(context),
    sections: context.sections.map((s) => s.section),
    metrics: extractMetrics(context),
    gates: extractGates(context),
    issues: extractIssues(context),
    risks: extractRisks(context),
    actions: extractActions(context),
    criteria: extractCriteria(context),
    steps: extractSteps(context),
    verdicts,
    verdict,
    tables: extractTables(context),
    diagnostics,
  };
  diagnostics.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  return report;
}

function createContext(text: string, tree: Root, diagnostics: Diagnostic[]): ExtractContext {
  return {
    text,
    tree,
    sections: buildSections(tree, text),
    report(message: string, node: Node | undefined, ruleId: string, severity: Diagnostic['severity'] = 'warning') {
      diagnostics.push({ message, ruleId, severity, position: position(node) });
    },
  };
}

function lineCount(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return lines;
}
