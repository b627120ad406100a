/** Starts a document (Renstra, IKU, Renja, PK, Rencana Aksi …) of a plan as a draft version, audited. */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { versionInput } from './inputs.ts';
import { actorOf } from './plan-access.ts';
import { versionView, type VersionView } from './version-view.ts';

export async function createVersion(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<VersionView> {
  const input = parse(versionInput, body);
  return db.transaction(async (tx) => {
    const s = await resolvePlan(tx, user, ref, 'plan.edit');
    const same = await tx
      .select()
      .from(schema.planDocument)
      .where(and(eq(schema.planDocument.pemdaId, s.pemda.id), eq(schema.planDocument.planId, s.plan.id), eq(schema.planDocument.kind, input.kind)));
    const [row] = await tx
      .insert(schema.planDocument)
      .values({
        pemdaId: s.pemda.id,
        planId: s.plan.id,
        kind: input.kind,
        revision: input.revision ?? 'awal',
        versionNo: Math.max(0, ...same.map((d) => d.versionNo)) + 1,
        status: 'draft',
        basis: input.basis ?? null,
        signed: input.signed ?? null,
      })
      .returning();
    if (!row) throw new Error('version not inserted');
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: actorOf(user), action: 'create', entity: 'plan_document', entityId: row.id, after: row });
    return versionView(row, [...same, row]);
  });
}
