/** phase-report library API. Every stage is a function of plain typed data. */
export { parse, type ParseOptions } from './parse/parse.js';
export { jsonSchema } from './model/jsonSchema.js';
export { validateReport } from './model/validateReport.js';
export * as schema from './model/schema.js';
export type * from './model/types.js';
export { PhaseReportError, EXIT_CODES, type ErrorCode } from './errors.js';
