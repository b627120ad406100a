/** The Pemda the caller may see: all for a superadmin, else its own. */
import { asc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { can, isSuperadmin, type SessionUser } from '../../permissions.ts';
import { pemdaView, type PemdaView } from './pemda-view.ts';

export async function listPemda(db: Db, user: SessionUser): Promise<PemdaView[]> {
  const q = db.select().from(schema.pemda);
  const rows = isSuperadmin(user)
    ? await q.orderBy(asc(schema.pemda.name))
    : user.pemdaId
      ? await q.where(eq(schema.pemda.id, user.pemdaId))
      : [];
  return rows.filter((p) => can(user, 'pemda.read', { pemdaId: p.id })).map(pemdaView);
}
