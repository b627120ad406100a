/**
 * Moves a version through draft → submitted → approved → signed (submitted may go back to draft).
 * Approving or signing freezes the version's plan content in its snapshot; audited with the note.
 * Rights: submitting is the perencana's (`plan.edit`); approving and signing are the pimpinan's
 * (`plan.approve`); sending a submitted version back to draft is either's. Each step is kept in
 * the version's history (who, when, note) besides the audit row.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod/v4';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { can, type Action, type SessionUser } from '../../permissions.ts';
import { messages } from '../../messages.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { transitionInput } from './inputs.ts';
import { pm } from './messages.ts';
import { actorOf, isFinal } from './plan-access.ts';
import { loadVersion } from './rows.ts';
import { livePlan } from './snapshot.ts';
import { historyOf, versionView, type StatusStep, type VersionView } from './version-view.ts';

const ALLOWED: Record<string, string[]> = {
  draft: ['submitted'],
  submitted: ['draft', 'approved'],
  approved: ['signed'],
  signed: [],
};

/** The rights that allow a step; any one of them is enough. */
export function rightsFor(from: string, to: string): Action[] {
  if (to === 'approved' || to === 'signed') return ['plan.approve'];
  if (from === 'submitted' && to === 'draft') return ['plan.edit', 'plan.approve'];
  return ['plan.edit'];
}

export async function transitionVersion(db: Db, user: SessionUser, ref: PlanRef, versionId: string, body: unknown): Promise<VersionView> {
  const input = parse(transitionInput, body);
  return db.transaction(async (tx) => {
    const r = await resolvePlan(tx, user, ref, 'plan.read');
    const id = parse(z.uuid(), versionId, 'version');
    const s = { ...r, actor: actorOf(user) };
    const before = await loadVersion(tx, s.pemda.id, s.plan.id, id);
    const resource = { pemdaId: s.pemda.id, opdId: s.opd.id };
    if (!rightsFor(before.status, input.to).some((a) => can(user, a, resource))) throw new KinerjaError('forbidden', messages.forbidden);
    if (!(ALLOWED[before.status] ?? []).includes(input.to)) throw new KinerjaError('conflict', pm.badTransition(before.status, input.to), 'to');
    const signed = input.signed ?? before.signed;
    if (input.to === 'signed' && !signed) throw new KinerjaError('invalid', pm.signedDateRequired, 'signed');
    const snapshot = isFinal(input.to) && !before.snapshot ? await livePlan(tx, s) : before.snapshot;
    const extra = { ...((before.extra as Record<string, unknown> | null) ?? {}) };
    const step: StatusStep = { from: before.status, to: input.to, by: user.displayName || user.username, at: new Date().toISOString(), note: input.note ?? null };
    extra.history = [...historyOf(before.extra), step];
    const [after] = await tx
      .update(schema.planDocument)
      .set({ status: input.to, signed: signed ?? null, snapshot, extra })
      .where(and(eq(schema.planDocument.pemdaId, s.pemda.id), eq(schema.planDocument.id, id)))
      .returning();
    if (!after) throw new Error('version not updated');
    await writeAudit(tx, {
      pemdaId: s.pemda.id,
      actor: s.actor,
      action: `status.${input.to}`,
      entity: 'plan_document',
      entityId: id,
      before: { status: before.status, signed: before.signed },
      after: { status: after.status, signed: after.signed },
      reason: input.note ?? null,
    });
    return versionView(after, [after]);
  });
}
