import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { KinerjaError } from '@kinerja/domain';
import { requireUser, type AppEnv, type Services } from '../http/context.ts';
import { clientAddress, isHttps } from '../http/client-info.ts';
import { readJson } from '../http/read-json.ts';
import { SESSION_COOKIE } from '../auth/session-store.ts';
import { loadMe } from '../auth/load-user.ts';
import { login } from '../usecases/auth/login.ts';
import { logout } from '../usecases/auth/logout.ts';
import { messages } from '../messages.ts';

export function authRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const secure = (c: Parameters<typeof isHttps>[0]): boolean =>
    svc.cookieSecure === 'auto' ? isHttps(c, svc.trustProxy) : svc.cookieSecure;

  r.post('/login', async (c) => {
    if (!svc.loginLimiter.hit(clientAddress(c, svc.trustProxy))) throw new KinerjaError('too_many_requests', messages.tooManyRequests);
    const result = await login(svc.db, await readJson(c), { ttlMs: svc.sessionTtlMs, now: svc.now() });
    setCookie(c, SESSION_COOKIE, result.token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: secure(c) });
    return c.json({ user: result.user, csrfToken: result.csrfToken });
  });

  r.post('/logout', async (c) => {
    const user = requireUser(c);
    const session = c.get('session');
    if (session) await logout(svc.db, user, session);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secure(c) });
    return c.json({ ok: true });
  });

  r.get('/me', async (c) => {
    const user = requireUser(c);
    return c.json({ user: await loadMe(svc.db, user), csrfToken: c.get('session')?.csrfToken, demo: svc.demo });
  });
  return r;
}
