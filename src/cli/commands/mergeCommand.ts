import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PhaseReportError } from '../../errors.js';
import { writeFileAtomic } from '../../io/writeFileAtomic.js';
import { loadTheme } from '../../render/index.js';
import type { NamedReport } from '../../run/loadReports.js';
import { sourceFinder } from '../../run/manifest.js';
import { planBuild } from '../../run/planBuild.js';
import { SHARD_FILE, ShardFile } from '../../run/shardFile.js';
import type { TextOutput } from '../../run/types.js';
import { finishRun } from '../finishRun.js';
import type { CliIo } from '../io.js';
import { type OutputFlags, runContext } from '../runContext.js';
import { VERSION } from '../version.js';

/**
 * `phase-report merge <shard dirs...>`: join the folders of `build --shard
 * i/n` runs: copy each shard's report outputs, then build the diffs, the
 * history, the next-update draft and index.html from their models, without
 * parsing a report again.
 */
export async function mergeCommand(dirs: string[], flags: OutputFlags, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html', 'pdf']);
  const shards = await Promise.all(dirs.map((dir) => readShard(resolve(io.cwd, dir))));
  checkShards(shards.map((s) => s.file), dirs);
  const first = shards[0]?.file;
  if (!first) throw new PhaseReportError('usage', 'merge needs the folders of every shard');
  const built = new Map(shards.flatMap(({ dir, file }) => file.reports.map((r) => [r.name, { ...r, dir }] as const)));
  const reports: NamedReport[] = first.inputs.flatMap((i) => {
    const r = built.get(i.name);
    return r ? [{ input: r.input, name: r.name, report: r.report }] : [];
  });
  const texts: TextOutput[] = [];
  const out = resolve(io.cwd, context.config.out);
  let copied = 0;
  for (const { name } of first.inputs) {
    const r = built.get(name);
    for (const path of r?.files ?? []) {
      if (path.endsWith('.pdf')) {
        await writeFileAtomic(join(out, path), await readFile(join(r?.dir ?? '', path)));
        copied += 1;
      } else texts.push({ path, content: await readFile(join(r?.dir ?? '', path), 'utf8') });
    }
  }
  const theme = await loadTheme(context.config.templates ?? undefined);
  const plan = planBuild(reports, theme, context, {
    reportPlan: (r) => ({ texts: [], pdfs: [], entries: built.get(r.name)?.entries ?? [], failures: [] }),
  });
  if (flags.quiet !== true && copied > 0) io.stderr(`copied ${copied} PDF(s) from the shards\n`);
  return finishRun({ ...plan, texts: [...texts, ...plan.texts] }, context, io, { quiet: flags.quiet, json: flags.json, sourceOf: sourceFinder(reports), version: VERSION });
}

async function readShard(dir: string): Promise<{ dir: string; file: ShardFile }> {
  const path = join(dir, SHARD_FILE);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new PhaseReportError('input', `is not the folder of a shard (no readable ${SHARD_FILE}; build it with --shard i/n)`, { file: dir, cause: error });
  }
  const parsed = ShardFile.safeParse(data);
  if (!parsed.success) throw new PhaseReportError('input', `is not a shard file of this tool: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { file: path });
  return { dir, file: parsed.data };
}

/** Every shard of one build, each once, by the same version over the same inputs. */
function checkShards(files: readonly ShardFile[], dirs: readonly string[]): void {
  const [first] = files;
  if (!first) return;
  const inputs = JSON.stringify(first.inputs);
  for (const [n, file] of files.entries()) {
    const where = { file: dirs[n] ?? '' };
    if (file.version !== VERSION) throw new PhaseReportError('usage', `was built by phase-report ${file.version}, this is ${VERSION}`, where);
    if (file.shard.count !== first.shard.count || JSON.stringify(file.inputs) !== inputs) throw new PhaseReportError('usage', 'is a shard of another build (other inputs or shard count)', where);
  }
  const seen = new Set(files.map((f) => f.shard.index));
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (seen.size !== files.length) throw new PhaseReportError('usage', 'a shard is given twice');
  if (missing.length > 0) throw new PhaseReportError('usage', `shard ${missing.join(', ')} of ${first.shard.count} is missing`);
}
