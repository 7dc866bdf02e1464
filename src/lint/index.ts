export { lint, countBySeverity, type LintSettings } from './lint.js';
export { LINT_RULES } from './rules/index.js';
export { statedVerdicts, type StatedVerdict } from './statedVerdicts.js';
export { formatText } from './format/formatText.js';
export { formatJson } from './format/formatJson.js';
export { formatSarif, type SarifOptions } from './format/formatSarif.js';
export type { FileFindings } from './format/types.js';
export type { LintCitation, LintFinding, LintRule, LintSetting, LintSeverity, RuleFinding } from './types.js';
export { LINT_SEVERITIES } from './types.js';
