import type { Position } from '../../model/types.js';
import { LINT_RULES } from '../rules/index.js';
import type { LintRule, LintSeverity } from '../types.js';
import type { FileFindings } from './types.js';

/** SARIF levels of the lint severities (SARIF calls info "note"). */
const LEVEL: Readonly<Record<LintSeverity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  readonly version: string;
  readonly rules?: readonly LintRule[];
}

/** A repository-relative URI: forward slashes, no leading `./`. */
function uriOf(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

function location(uri: string, position: Position) {
  return { physicalLocation: { artifactLocation: { uri }, region: { startLine: position.line, startColumn: position.column } } };
}

/**
 * The findings as a SARIF 2.1.0 log (one run), so GitHub code scanning shows
 * them on the report's lines in a pull request. Every cited line other than
 * the first is a related location with its note.
 */
export function formatSarif(files: readonly FileFindings[], options: SarifOptions): string {
  const rules = options.rules ?? LINT_RULES;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ path, findings }) => findings.map((f) => {
    const uri = uriOf(path);
    const [, ...related] = f.citations;
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(uri, f.position)],
      ...(related.length > 0
        ? { relatedLocations: related.map((c, i) => ({ id: i + 1, ...location(uri, c.position), message: { text: c.note } })) }
        : {}),
      partialFingerprints: { 'phaseReportFinding/v1': `${f.ruleId}:${f.position.line}:${f.message}` },
    };
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'phase-report',
          version: options.version,
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            defaultConfiguration: { level: LEVEL[r.severity] },
          })),
        },
      },
      columnKind: 'unicodeCodePoints',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
