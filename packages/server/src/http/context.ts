/** What the app is built from, and what a request carries through the middleware. */
import type { Context } from 'hono';
import type { Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { CookieSecure } from '../config.ts';
import type { SessionUser } from '../permissions.ts';
import type { StoredSession } from '../auth/session-store.ts';
import { RateLimiter } from '../auth/rate-limit.ts';
import { messages } from '../messages.ts';

export interface AppDeps {
  db: Db;
  kind: 'pglite' | 'postgres';
  demo: boolean;
  /** the built web app (packages/web/dist); omitted = API only */
  webDir?: string;
  sessionTtlMs?: number;
  cookieSecure?: CookieSecure;
  trustProxy?: boolean;
  /** login attempts per client address per minute */
  loginAttemptsPerMinute?: number;
  now?: () => Date;
}

export interface Services {
  db: Db;
  kind: 'pglite' | 'postgres';
  demo: boolean;
  sessionTtlMs: number;
  cookieSecure: CookieSecure;
  trustProxy: boolean;
  loginLimiter: RateLimiter;
  now: () => Date;
}

export type AppEnv = {
  Variables: {
    user: SessionUser | null;
    session: StoredSession | null;
  };
};

export type AppContext = Context<AppEnv>;

export const DEFAULT_SESSION_TTL_MS = 8 * 3_600_000;

export function servicesOf(deps: AppDeps): Services {
  const now = deps.now ?? (() => new Date());
  return {
    db: deps.db,
    kind: deps.kind,
    demo: deps.demo,
    sessionTtlMs: deps.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    cookieSecure: deps.cookieSecure ?? 'auto',
    trustProxy: deps.trustProxy ?? false,
    loginLimiter: new RateLimiter(deps.loginAttemptsPerMinute ?? 10, 60_000, () => now().getTime()),
    now,
  };
}

/** The logged-in user, or 401. */
export function requireUser(c: AppContext): SessionUser {
  const user = c.get('user');
  if (!user) throw new KinerjaError('unauthenticated', messages.unauthenticated);
  return user;
}
