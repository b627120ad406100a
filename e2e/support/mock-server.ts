/**
 * DEV ONLY: serves packages/web/dist and answers /api from the web package's fixture mock, for
 * screenshots when the real server is not available.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createMockApi, sessionOfCookie } from '../../packages/web/mock/api.ts';
import { sessionCookie } from '../../packages/web/mock/vite-plugin.ts';
import { ensureWebBuild, WEB_DIST } from './paths.ts';
import { freePort, type RunningServer } from './server.ts';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.html': 'text/html; charset=utf-8' };

export async function startMockServer(): Promise<RunningServer> {
  ensureWebBuild();
  const handle = createMockApi();
  const port = await freePort();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname.startsWith('/api/')) {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const a = handle(req.method ?? 'GET', url.pathname + url.search, raw ? (JSON.parse(raw) as unknown) : undefined, sessionOfCookie(req.headers.cookie));
        const cookie = sessionCookie(a);
        res.writeHead(a.status, { 'content-type': 'application/json', ...(cookie ? { 'set-cookie': cookie } : {}) });
        res.end(JSON.stringify(a.body));
      });
      return;
    }
    const file = normalize(join(WEB_DIST, url.pathname));
    if (file.startsWith(WEB_DIST) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    res.end(readFileSync(join(WEB_DIST, 'index.html')));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${port}`, output: () => '', stop: () => new Promise((r) => server.close(() => r())) };
}
