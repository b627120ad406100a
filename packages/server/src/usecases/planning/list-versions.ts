/** The document versions of a plan, per kind and version number. */
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { readablePlan } from './plan-access.ts';
import { versionView, type VersionView } from './version-view.ts';

export async function listVersions(db: Db, user: SessionUser, ref: PlanRef): Promise<VersionView[]> {
  const s = await readablePlan(db, user, ref);
  const docs = await db
    .select()
    .from(schema.planDocument)
    .where(and(eq(schema.planDocument.pemdaId, s.pemda.id), eq(schema.planDocument.planId, s.plan.id)))
    .orderBy(asc(schema.planDocument.kind), asc(schema.planDocument.versionNo), asc(schema.planDocument.createdAt));
  return docs.map((d) => versionView(d, docs));
}
