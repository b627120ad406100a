/**
 * Perubahan: a new draft version of an approved or signed document (version_no + 1, supersedes
 * the old one, legal basis and date required). The old version keeps its frozen snapshot and
 * stays readable; the plan becomes editable again. Audited with the basis as reason.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod/v4';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { perubahanInput } from './inputs.ts';
import { pm } from './messages.ts';
import { actorOf, isFinal } from './plan-access.ts';
import { loadVersion } from './rows.ts';
import { livePlan } from './snapshot.ts';
import { versionView, type VersionView } from './version-view.ts';

export async function createPerubahan(db: Db, user: SessionUser, ref: PlanRef, versionId: string, body: unknown): Promise<VersionView> {
  const input = parse(perubahanInput, body);
  return db.transaction(async (tx) => {
    const r = await resolvePlan(tx, user, ref, 'plan.edit');
    const id = parse(z.uuid(), versionId, 'version');
    const s = { ...r, actor: actorOf(user) };
    const old = await loadVersion(tx, s.pemda.id, s.plan.id, id);
    if (!isFinal(old.status)) throw new KinerjaError('conflict', pm.perubahanNeedsFinal, 'status');
    const [later] = await tx
      .select({ id: schema.planDocument.id })
      .from(schema.planDocument)
      .where(and(eq(schema.planDocument.pemdaId, s.pemda.id), eq(schema.planDocument.supersedesId, id)));
    if (later) throw new KinerjaError('conflict', pm.perubahanNotLatest, 'version');
    const snapshot = old.snapshot ?? (await livePlan(tx, s));
    if (!old.snapshot) await tx.update(schema.planDocument).set({ snapshot }).where(eq(schema.planDocument.id, id));
    const perubahanNo = old.revision?.startsWith('perubahan') ? old.versionNo : 1;
    const [row] = await tx
      .insert(schema.planDocument)
      .values({
        pemdaId: s.pemda.id,
        planId: s.plan.id,
        kind: old.kind,
        revision: perubahanNo > 1 ? `perubahan-${perubahanNo}` : 'perubahan',
        versionNo: old.versionNo + 1,
        status: 'draft',
        basis: input.basis,
        signed: input.signed,
        supersedesId: old.id,
        extra: old.extra && typeof old.extra === 'object' && 'signatories' in old.extra ? { signatories: (old.extra as { signatories: unknown }).signatories } : null,
      })
      .returning();
    if (!row) throw new Error('perubahan not inserted');
    await writeAudit(tx, {
      pemdaId: s.pemda.id,
      actor: s.actor,
      action: 'perubahan',
      entity: 'plan_document',
      entityId: row.id,
      before: { id: old.id, versionNo: old.versionNo, status: old.status },
      after: { id: row.id, versionNo: row.versionNo, revision: row.revision, signed: row.signed },
      reason: input.basis,
    });
    return versionView(row, [old, row]);
  });
}
