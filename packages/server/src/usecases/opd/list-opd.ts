/** The OPD of a Pemda that the caller may read, each with the years of its plans. */
import { asc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { can, type SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { authorize } from '../guard.ts';
import { opdView, planYears, type OpdView } from './opd-view.ts';

export async function listOpd(db: Db, user: SessionUser, pemdaSlug: string): Promise<OpdView[]> {
  const p = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'pemda.read', { pemdaId: p.id });
  const rows = (await db.select().from(schema.opd).where(eq(schema.opd.pemdaId, p.id)).orderBy(asc(schema.opd.name))).filter(
    (o) => can(user, 'opd.read', { pemdaId: p.id, opdId: o.id }),
  );
  const years = await planYears(
    db,
    rows.map((o) => o.id),
  );
  return rows.map((o) => opdView(o, years.get(o.id) ?? []));
}
