import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { runContext, type OutputFlags } from './runContext.js';
import type { CliIo } from './io.js';
import { watchBuild } from './watchBuild.js';

/** Where the page listens for "rebuilt" (server-sent events); served only by `serve`. */
const EVENTS_PATH = '/__phase-report/events';

/** Added to HTML pages as they are served (never to the files written): reload on rebuild. */
const RELOAD_CODE = `new EventSource(${JSON.stringify(EVENTS_PATH)}).onmessage = () => location.reload();`;
const RELOAD_SCRIPT = `<script>${RELOAD_CODE}</script>`;
/** The pages forbid every script (Content-Security-Policy); the served copy allows this one script and its event stream. */
const RELOAD_CSP = `script-src 'sha256-${createHash('sha256').update(RELOAD_CODE).digest('base64')}'; connect-src 'self'`;

/** The served copy of a page: the reload script added and allowed by its policy. */
export function withReload(html: string): string {
  const allowed = html.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/i, (_m, open: string, policy: string, close: string) => `${open}${policy}; ${RELOAD_CSP}${close}`);
  const at = allowed.lastIndexOf('</body>');
  return at === -1 ? allowed + RELOAD_SCRIPT : allowed.slice(0, at) + RELOAD_SCRIPT + allowed.slice(at);
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css; charset=utf-8',
};

/**
 * `phase-report serve <reports...>`: build, watch, and serve the output folder
 * on localhost; each rebuild reloads open pages. Stops on Ctrl-C.
 */
export async function serveSite(names: string[], flags: OutputFlags & { port?: number }, io: CliIo): Promise<number> {
  const context = await runContext(flags, io, ['html']);
  const root = resolve(io.cwd, context.config.out);
  const clients = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === EVENTS_PATH) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      response.write(': connected\n\n');
      clients.add(response);
      request.on('close', () => clients.delete(response));
      return;
    }
    void serveFile(root, decodeURIComponent(url.pathname), response);
  });
  const port = flags.port ?? 4173;
  await new Promise<void>((ready, fail) => server.once('error', fail).listen(port, '127.0.0.1', ready));
  io.stderr(`serving ${root} at http://localhost:${port}/\n`);
  try {
    return await watchBuild(names, { ...flags, format: flags.format ?? context.config.formats }, io, () => {
      for (const client of clients) client.write('data: rebuilt\n\n');
    });
  } finally {
    for (const client of clients) client.end();
    await new Promise<void>((closed) => server.close(() => closed()));
  }
}

async function serveFile(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const path = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  const info = path === root || path.startsWith(root + sep) ? await stat(path).catch(() => null) : null;
  if (!info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  if (extname(path) !== '.html') {
    createReadStream(path).pipe(response);
    return;
  }
  response.end(withReload(await readFile(path, 'utf8')));
}
