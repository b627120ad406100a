/** Edits a draft version's basis, date and PK signatories (pihak pertama / kedua), audited. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod/v4';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { versionPatch } from './inputs.ts';
import { pm } from './messages.ts';
import { actorOf } from './plan-access.ts';
import { loadVersion } from './rows.ts';
import { versionView, type VersionView } from './version-view.ts';

export async function updateVersion(db: Db, user: SessionUser, ref: PlanRef, versionId: string, body: unknown): Promise<VersionView> {
  const patch = parse(versionPatch, body);
  return db.transaction(async (tx) => {
    const s = await resolvePlan(tx, user, ref, 'plan.edit');
    const id = parse(z.uuid(), versionId, 'version');
    const before = await loadVersion(tx, s.pemda.id, s.plan.id, id);
    if (before.status !== 'draft') throw new KinerjaError('conflict', pm.notDraft(before.status), 'status');
    const extra = { ...((before.extra as Record<string, unknown> | null) ?? {}) };
    if (patch.signatories) extra.signatories = { ...((extra.signatories as object | undefined) ?? {}), ...patch.signatories };
    const [after] = await tx
      .update(schema.planDocument)
      .set({
        ...(patch.basis !== undefined ? { basis: patch.basis } : {}),
        ...(patch.signed !== undefined ? { signed: patch.signed } : {}),
        extra,
      })
      .where(and(eq(schema.planDocument.pemdaId, s.pemda.id), eq(schema.planDocument.id, id)))
      .returning();
    if (!after) throw new Error('version not updated');
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: actorOf(user), action: 'update', entity: 'plan_document', entityId: id, before, after });
    return versionView(after, [after]);
  });
}
