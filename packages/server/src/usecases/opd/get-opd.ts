/** One OPD with its unit kerja. */
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolveOpd, resolvePemda } from '../../tenant.ts';
import { authorize } from '../guard.ts';
import { opdView, planYears, type OpdView, type UnitView } from './opd-view.ts';

export async function getOpd(db: Db, user: SessionUser, pemdaSlug: string, opdSlug: string): Promise<OpdView & { units: UnitView[] }> {
  const p = await resolvePemda(db, user, pemdaSlug);
  const o = await resolveOpd(db, p, opdSlug);
  authorize(user, 'opd.read', { pemdaId: p.id, opdId: o.id });
  const units = await db
    .select({ id: schema.unit.id, name: schema.unit.name, parentId: schema.unit.parentId })
    .from(schema.unit)
    .where(and(eq(schema.unit.pemdaId, p.id), eq(schema.unit.opdId, o.id)))
    .orderBy(asc(schema.unit.createdAt), asc(schema.unit.name));
  const years = await planYears(db, [o.id]);
  return { ...opdView(o, years.get(o.id) ?? []), units };
}
