import { z } from 'zod';
import { Report, SCHEMA_VERSION } from './schema.js';

/** The model's JSON Schema (draft 2020-12), generated from the zod schema. */
export function jsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Report, { target: 'draft-2020-12' });
  return {
    ...generated,
    $id: `https://phase-report.dev/schema/v${SCHEMA_VERSION}/report.json`,
    title: 'phase-report Report',
    description: 'A markdown phase assessment report parsed by phase-report.',
  };
}
