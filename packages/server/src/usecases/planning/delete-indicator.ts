/** Deletes an indicator with its values, audited. */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod/v4';
import { schema, writeAudit, type Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { editablePlan } from './plan-access.ts';
import { loadIndicator } from './rows.ts';

export async function deleteIndicator(db: Db, user: SessionUser, ref: PlanRef, indicatorId: string): Promise<{ deleted: number }> {
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    const id = parse(z.uuid(), indicatorId, 'indicatorId');
    const before = await loadIndicator(tx, s.pemda.id, s.plan.id, id);
    await tx.delete(schema.indicator).where(and(eq(schema.indicator.pemdaId, s.pemda.id), eq(schema.indicator.id, id)));
    await writeAudit(tx, { pemdaId: s.pemda.id, actor: s.actor, action: 'delete', entity: 'indicator', entityId: id, before });
    return { deleted: 1 };
  });
}
