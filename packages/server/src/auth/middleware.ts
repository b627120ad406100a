/**
 * Loads the session of the `kinerja_session` cookie (sliding its expiry) and enforces CSRF: every
 * mutating request with a session must carry the session's token in `x-csrf-token`, else 403.
 */
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { KinerjaError } from '@kinerja/domain';
import type { AppEnv, Services } from '../http/context.ts';
import { messages } from '../messages.ts';
import { findSession, SESSION_COOKIE } from './session-store.ts';
import { loadSessionUser } from './load-user.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const CSRF_EXEMPT = new Set(['/api/auth/login']);

const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function sessionMiddleware(svc: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('session', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const session = await findSession(svc.db, token, svc.sessionTtlMs, svc.now());
      const user = session ? await loadSessionUser(svc.db, session.userId) : null;
      if (session && user) {
        c.set('session', session);
        c.set('user', user);
      }
    }
    const session = c.get('session');
    if (session && !SAFE.has(c.req.method) && !CSRF_EXEMPT.has(c.req.path)) {
      const header = c.req.header('x-csrf-token');
      if (!header || !sameToken(header, session.csrfToken)) throw new KinerjaError('forbidden', messages.csrf);
    }
    await next();
  };
}
