// `npm run build` (after tsc, which writes the library to dist/): the command line as one bundle
// (dist/bundle/), so that starting it reads a few files instead of ~760 modules (about 0.1 s instead
// of 0.3 s before the first line of work: see README, "Speed"). Bundled from the TypeScript sources.
// Kept out of the bundle, loaded from node_modules as usual:
//   puppeteer-core  loaded only when a PDF is printed;
//   tinypool        starts its worker threads from a file of its own package;
//   chokidar        only `--watch` and `serve` load it.
// The worker threads' entry is bundled too, next to the CLI: openPool finds it as ./reportWorker.js.
// `node scripts/bundle.mjs [out]` writes to another folder (inside the package: the bundle finds
// package.json and templates/ above itself).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2] ?? join(root, 'dist', 'bundle');
const external = [/^node:/, /^puppeteer(-core)?(\/|$)/, /^tinypool(\/|$)/, /^chokidar(\/|$)/];

rmSync(out, { recursive: true, force: true });
const bundle = await rolldown({
  input: { 'phase-report': join(root, 'src', 'cli', 'bin.ts'), reportWorker: join(root, 'src', 'run', 'pool', 'reportWorker.ts') },
  platform: 'node',
  // the sources import each other as ./x.js (NodeNext): that is ./x.ts here
  resolve: { extensionAlias: { '.js': ['.ts', '.js'] } },
  external,
  onLog(level, log, handle) {
    // `watchBuild` is imported lazily by `build` and at once by `serve`: one chunk either way, as intended
    if (log.code === 'INEFFECTIVE_DYNAMIC_IMPORT') return;
    handle(level, log);
  },
});
try {
  await bundle.write({ dir: out, format: 'esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' });
} finally {
  await bundle.close();
}
