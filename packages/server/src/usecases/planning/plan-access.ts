/**
 * Access to a plan for the planning workspace: read (plan.read) or edit (plan.edit and not
 * locked). A plan is locked while one of its current versions (not superseded by a Perubahan) is
 * approved or signed: only drafts are editable.
 */
import { and, eq } from 'drizzle-orm';
import { schema, type Actor, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { resolvePlan, type PlanRef, type PlanRow } from '../plans/resolve-plan.ts';
import type { OpdRow, PemdaRow } from '../../tenant.ts';
import { pm } from './messages.ts';

export type DocumentRow = typeof schema.planDocument.$inferSelect;

export interface PlanScope {
  pemda: PemdaRow;
  opd: OpdRow;
  plan: PlanRow;
  actor: Actor;
}

export const actorOf = (user: SessionUser): Actor => ({ id: user.id, name: user.username });

export async function readablePlan(db: Executor, user: SessionUser, ref: PlanRef): Promise<PlanScope> {
  const r = await resolvePlan(db, user, ref, 'plan.read');
  return { ...r, actor: actorOf(user) };
}

/** The versions that are not superseded by a later one. */
export async function currentVersions(db: Executor, pemdaId: string, planId: string): Promise<DocumentRow[]> {
  const docs = await db
    .select()
    .from(schema.planDocument)
    .where(and(eq(schema.planDocument.pemdaId, pemdaId), eq(schema.planDocument.planId, planId)));
  const superseded = new Set(docs.map((d) => d.supersedesId).filter((x): x is string => x !== null));
  return docs.filter((d) => !superseded.has(d.id));
}

export const isFinal = (status: string): boolean => status === 'approved' || status === 'signed';

/** 409 when a current version of the plan is approved or signed. */
export async function assertUnlocked(db: Executor, pemdaId: string, planId: string): Promise<void> {
  const lock = (await currentVersions(db, pemdaId, planId)).find((d) => isFinal(d.status));
  if (lock) throw new KinerjaError('conflict', pm.locked(lock.kind, lock.versionNo, lock.status), 'status', { documentId: lock.id });
}

/** plan.edit on the plan's OPD, and the plan not locked. */
export async function editablePlan(db: Executor, user: SessionUser, ref: PlanRef): Promise<PlanScope> {
  const r = await resolvePlan(db, user, ref, 'plan.edit');
  await assertUnlocked(db, r.pemda.id, r.plan.id);
  return { ...r, actor: actorOf(user) };
}
