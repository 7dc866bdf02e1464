import { jsonSchema } from '../../model/jsonSchema.js';
import type { CliIo } from '../io.js';

/** `phase-report schema`: the model's JSON Schema. */
export async function schemaCommand(io: CliIo): Promise<number> {
  io.stdout(`${JSON.stringify(jsonSchema(), null, 2)}\n`);
  return 0;
}
