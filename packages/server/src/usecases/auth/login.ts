/**
 * Login with argon2id. Unknown users are verified against a dummy hash (about the same time as a
 * real one). Five failed attempts lock the account for 15 minutes (423). Logins and failed logins
 * of known users are written to the audit log with entity `session`.
 */
import { eq, sql } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { createSession } from '../../auth/session-store.ts';
import { loadMe, loadSessionUser, type Me } from '../../auth/load-user.ts';
import { parse } from '../../http/problem.ts';
import { messages } from '../../messages.ts';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;

export const loginInput = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});

let dummyHash: Promise<string> | undefined;
const dummy = (): Promise<string> => (dummyHash ??= hashPassword('kinerja-bukan-kata-sandi-siapa-pun'));

export interface LoginResult {
  token: string;
  csrfToken: string;
  user: Me;
}

const minutesLeft = (until: Date, now: Date): number => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));

export async function login(db: Db, body: unknown, opts: { ttlMs: number; now: Date }): Promise<LoginResult> {
  const input = parse(loginInput, body);
  const { now } = opts;
  const [u] = await db
    .select()
    .from(schema.appUser)
    .where(eq(sql`lower(${schema.appUser.username})`, input.username.toLowerCase()));
  if (!u) {
    await verifyPassword(await dummy(), input.password);
    throw new KinerjaError('unauthenticated', messages.loginFailed);
  }
  if (u.lockedUntil && u.lockedUntil.getTime() > now.getTime()) {
    throw new KinerjaError('locked', messages.locked(minutesLeft(u.lockedUntil, now)));
  }
  const ok = await verifyPassword(u.passwordHash, input.password);
  const actor = { id: u.id, name: u.username };
  if (!ok) {
    const failed = u.failedLogins + 1;
    const lock = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MS) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(schema.appUser)
        .set({ failedLogins: lock ? 0 : failed, lockedUntil: lock })
        .where(eq(schema.appUser.id, u.id));
      await writeAudit(tx, {
        pemdaId: u.pemdaId,
        actor,
        action: lock ? 'login_locked' : 'login_failed',
        entity: 'session',
        entityId: u.id,
        after: { failedLogins: failed, lockedUntil: lock?.toISOString() ?? null },
      });
    });
    if (lock) throw new KinerjaError('locked', messages.locked(minutesLeft(lock, now)));
    throw new KinerjaError('unauthenticated', messages.loginFailed);
  }
  if (u.disabled) throw new KinerjaError('forbidden', messages.userDisabled);
  const user = await loadSessionUser(db, u.id);
  if (!user) throw new KinerjaError('forbidden', messages.userDisabled);
  const created = await db.transaction(async (tx) => {
    await tx.update(schema.appUser).set({ failedLogins: 0, lockedUntil: null }).where(eq(schema.appUser.id, u.id));
    const s = await createSession(tx, u.id, opts.ttlMs, now);
    await writeAudit(tx, { pemdaId: u.pemdaId, actor, action: 'login', entity: 'session', entityId: u.id });
    return s;
  });
  return { token: created.token, csrfToken: created.csrfToken, user: await loadMe(db, user) };
}
