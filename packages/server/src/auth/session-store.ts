/** Sessions: the cookie carries a random 32-byte token, the table only its SHA-256. */
import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';

export const SESSION_COOKIE = 'kinerja_session';

export interface StoredSession {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
const randomToken = (): string => randomBytes(32).toString('base64url');

export async function createSession(
  db: Executor,
  userId: string,
  ttlMs: number,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.insert(schema.session).values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** The live session of a token, sliding its expiry; an expired one is deleted. */
export async function findSession(db: Executor, token: string, ttlMs: number, now: Date): Promise<StoredSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await db.select().from(schema.session).where(eq(schema.session.tokenHash, tokenHash));
  if (!row) return null;
  if (row.expiresAt.getTime() <= now.getTime()) {
    await db.delete(schema.session).where(eq(schema.session.tokenHash, tokenHash));
    return null;
  }
  const slid = new Date(now.getTime() + ttlMs);
  // slide at most once a minute, to spare a write on every request
  if (slid.getTime() - row.expiresAt.getTime() > 60_000) {
    await db.update(schema.session).set({ expiresAt: slid }).where(eq(schema.session.tokenHash, tokenHash));
    return { ...row, expiresAt: slid };
  }
  return row;
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(schema.session).where(eq(schema.session.tokenHash, tokenHash));
}

export async function deleteUserSessions(db: Executor, userId: string): Promise<void> {
  await db.delete(schema.session).where(eq(schema.session.userId, userId));
}
