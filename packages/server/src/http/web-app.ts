/**
 * Serves the built web app: files of `webDir`, and index.html for any other GET outside /api (the
 * SPA's own routes). Without a build, a plain Indonesian page says how to make one.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './context.ts';
import { messages } from '../messages.ts';

const noBuildPage = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>kinerja</title></head>
<body><h1>${messages.noWebBuild}</h1><p>${messages.noWebBuildHint}</p></body></html>`;

export function mountWebApp(app: Hono<AppEnv>, webDir: string | undefined): void {
  const index = webDir ? join(webDir, 'index.html') : undefined;
  if (webDir && index && existsSync(index)) {
    app.use('*', serveStatic({ root: webDir }));
    app.get('*', async (c) => c.html(await readFile(index, 'utf8')));
    return;
  }
  app.get('*', (c) => c.html(noBuildPage, 200));
}
