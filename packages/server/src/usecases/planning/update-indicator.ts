/** Edits an indicator's text and attributes (or moves it to another node), audited. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod/v4';
import { schema, writeAudit, indicatorLineageKey, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { indicatorPatch } from './inputs.ts';
import { editablePlan } from './plan-access.ts';
import { checkUnit, loadIndicator, loadNode, type IndicatorRow } from './rows.ts';

export async function updateIndicator(db: Db, user: SessionUser, ref: PlanRef, indicatorId: string, body: unknown): Promise<IndicatorRow> {
  const patch = parse(indicatorPatch, body);
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    const id = parse(z.uuid(), indicatorId, 'indicatorId');
    const before = await loadIndicator(tx, s.pemda.id, s.plan.id, id);
    if (patch.nodeId) await loadNode(tx, s.pemda.id, s.plan.id, patch.nodeId);
    await checkUnit(tx, s.pemda.id, s.opd.id, patch.responsibleUnitId, 'responsibleUnitId');
    const [after] = await tx
      .update(schema.indicator)
      .set({ ...patch, ...(patch.name ? { lineageKey: indicatorLineageKey(patch.name) } : {}) })
      .where(and(eq(schema.indicator.pemdaId, s.pemda.id), eq(schema.indicator.id, id)))
      .returning();
    if (!after) throw new Error('indicator not updated');
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: s.actor, action: 'update', entity: 'indicator', entityId: id, before, after });
    return after;
  });
}
