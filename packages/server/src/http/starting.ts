/**
 * What the server answers while it starts (database opened and migrated, demo data seeded): the
 * web app's files as usual, so the first page shows at once, and 503 with a clear Indonesian
 * problem (and Retry-After) for every /api request; /api/health says `starting` and the phase.
 */
import { Hono } from 'hono';
import type { AppEnv } from './context.ts';
import { securityHeaders } from './security-headers.ts';
import { mountWebApp } from './web-app.ts';
import { messages } from '../messages.ts';

export type StartPhase = 'database' | 'demo';

export function startingApp(webDir: string | undefined, phase: () => StartPhase): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders());
  const title = () => (phase() === 'demo' ? messages.startingDemo : messages.startingDatabase);
  app.get('/api/health', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'starting', phase: phase(), title: title() }, 503);
  });
  app.all('/api/*', (c) => {
    c.header('Cache-Control', 'no-store');
    c.header('Retry-After', '2');
    return c.json({ type: 'about:blank', status: 503, code: 'starting', title: title() }, 503);
  });
  mountWebApp(app, webDir);
  return app;
}
