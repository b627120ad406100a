/** Ends the caller's session (audited with entity `session`). */
import { schema, writeAudit, type Db } from '@kinerja/db';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../permissions.ts';
import type { StoredSession } from '../../auth/session-store.ts';

export async function logout(db: Db, user: SessionUser, session: StoredSession): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(schema.session).where(eq(schema.session.tokenHash, session.tokenHash));
    await writeAudit(tx, {
      pemdaId: user.pemdaId,
      actor: { id: user.id, name: user.username },
      action: 'logout',
      entity: 'session',
      entityId: user.id,
    });
  });
}
