/**
 * Serves the built web app: files of `webDir` (their precompressed .br/.gz twin when the browser
 * accepts it; hashed /assets/* cached for a year, everything else revalidated), and index.html for
 * any other GET outside /api (the SPA's own routes). Without a build, a plain Indonesian page says
 * how to make one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Context, Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './context.ts';
import { messages } from '../messages.ts';

const noBuildPage = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>kinerja</title></head>
<body><h1>${messages.noWebBuild}</h1><p>${messages.noWebBuildHint}</p></body></html>`;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** index.html with its compressed forms, read again only when the build changes it (it is answered for every SPA route). */
function indexAnswer(file: string): (c: Context<AppEnv>) => Response {
  let read = { mtime: -1, html: Buffer.alloc(0), forms: { br: Buffer.alloc(0), gzip: Buffer.alloc(0) } };
  const current = () => {
    const mtime = statSync(file).mtimeMs;
    if (mtime !== read.mtime) {
      const html = readFileSync(file);
      read = { mtime, html, forms: { br: brotliCompressSync(html), gzip: gzipSync(html, { level: 9 }) } };
    }
    return read;
  };
  return (c) => {
    const { html, forms } = current();
    const accepts = (c.req.header('accept-encoding') ?? '').split(',').map((e) => e.trim().split(';')[0]);
    const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : null;
    c.header('Cache-Control', REVALIDATE);
    c.header('Vary', 'Accept-Encoding');
    if (!encoding) return c.html(html.toString('utf8'));
    c.header('Content-Encoding', encoding);
    c.header('Content-Type', 'text/html; charset=UTF-8');
    return c.body(new Uint8Array(forms[encoding]));
  };
}

export function mountWebApp(app: Hono<AppEnv>, webDir: string | undefined): void {
  const index = webDir ? join(webDir, 'index.html') : undefined;
  if (webDir && index && existsSync(index)) {
    const answerIndex = indexAnswer(index);
    app.get('/', answerIndex);
    app.get('/index.html', answerIndex);
    app.use('*', async (c, next) => {
      await next();
      if (c.req.path.startsWith('/api/') || c.res.status !== 200) return;
      c.header('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    });
    app.use('*', serveStatic({ root: webDir, precompressed: true }));
    app.get('*', answerIndex);
    return;
  }
  app.get('*', (c) => c.html(noBuildPage, 200));
}
