import { z } from 'zod';
import { Report } from '../model/schema.js';

/** The file a `build --shard i/n` writes beside its outputs, for `merge`. */
export const SHARD_FILE = 'phase-report-shard.json';

const IndexFiles = z.object({ html: z.string(), pdf: z.string(), md: z.string(), json: z.string() }).partial();

/** What a shard leaves for merge: every input of the build (so all shards agree) and the models of its slice. */
export const ShardFile = z.object({
  tool: z.literal('phase-report'),
  version: z.string(),
  shard: z.object({ index: z.number().int().min(1), count: z.number().int().min(1) }),
  /** every input of the build, in order: name, output name, hash of the bytes */
  inputs: z.array(z.object({ input: z.string(), name: z.string(), sha: z.string() })),
  reports: z.array(
    z.object({
      input: z.string(),
      name: z.string(),
      report: Report,
      /** what index.html lists for this report */
      entries: z.array(z.object({ title: z.string(), kind: z.enum(['report', 'next']), files: IndexFiles, phase: z.string().optional(), decision: z.string().optional() })),
      /** its output files, relative to the shard folder */
      files: z.array(z.string()),
    }),
  ),
});
export type ShardFile = z.infer<typeof ShardFile>;
