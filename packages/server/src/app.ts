/**
 * The HTTP application: security headers, session + CSRF, the API under /api, problem details for
 * every error, and the built web app for everything else. Used by main.ts and by the tests.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { KinerjaError } from '@kinerja/domain';
import { servicesOf, type AppDeps, type AppEnv } from './http/context.ts';
import { notFoundApi, onError } from './http/problem.ts';
import { securityHeaders } from './http/security-headers.ts';
import { apiCompression } from './http/compression.ts';
import { mountWebApp } from './http/web-app.ts';
import { sessionMiddleware } from './auth/middleware.ts';
import { authRoutes } from './routes/auth.ts';
import { pemdaRoutes } from './routes/pemda.ts';
import { userRoutes } from './routes/users.ts';
import { planRoutes } from './routes/plans.ts';
import { planningRoutes } from './routes/planning.ts';
import { realisasiRoutes } from './routes/realisasi.ts';
import { periodRoutes } from './routes/periods.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { reportRoutes } from './routes/reports.ts';
import { ruleSetRoutes } from './routes/rule-sets.ts';
import { openApiDocument } from './routes/openapi.ts';
import { health, version } from './usecases/health.ts';
import { messages } from './messages.ts';

export type { AppDeps } from './http/context.ts';

/** Largest accepted request body (a kinerja-dataset/1 file of a big OPD). */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const svc = servicesOf(deps);
  const app = new Hono<AppEnv>();
  app.onError(onError);
  app.use('*', securityHeaders());
  app.use('/api/*', apiCompression());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new KinerjaError('invalid', messages.bodyTooLarge(MAX_BODY_BYTES / 1024 / 1024));
      },
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.use('/api/*', sessionMiddleware(svc));

  app.get('/api/health', async (c) => c.json(await health(svc.db, svc.kind, svc.demo)));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument(version)));
  app.route('/api/auth', authRoutes(svc));
  app.route('/api/pemda', pemdaRoutes(svc));
  app.route('/api/pemda', planRoutes(svc));
  app.route('/api/pemda', planningRoutes(svc));
  app.route('/api/pemda', userRoutes(svc));
  app.route('/api/pemda', realisasiRoutes(svc));
  app.route('/api/pemda', periodRoutes(svc));
  app.route('/api/pemda', dashboardRoutes(svc));
  app.route('/api/pemda', reportRoutes(svc));
  app.route('/api/pemda', ruleSetRoutes(svc));
  app.all('/api/*', notFoundApi);
  app.all('/api', notFoundApi);

  mountWebApp(app, deps.webDir);
  return app;
}
