/**
 * One workflow step on one realisation (submit, verify, approve, reject with a reason): checked
 * against the workflow table and `can`, recorded as a workflow_event and audited, in one transaction.
 */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import { can, type SessionUser } from '../../permissions.ts';
import { messages } from '../../messages.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { assertEntryOpen } from '../periods/window-state.ts';
import { listEvidence } from '../evidence/evidence-view.ts';
import { canEnterRow, canReadRow } from './access.ts';
import { gridRow, type GridRow } from './grid-row.ts';
import { ruleSetFor } from '../rule-sets/rule-set-for.ts';
import { periodInput, periodOfYear } from './period-input.ts';
import { loadRowContext } from './row-context.ts';
import { transitionOf, WORKFLOW_ACTIONS } from './workflow.ts';
import { monitoringMessages as m, statusLabel } from './messages.ts';

export const workflowInput = z
  .object({
    indicator: z.uuid(),
    period: periodInput,
    action: z.enum(WORKFLOW_ACTIONS),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();

export async function applyWorkflow(db: Db, user: SessionUser, ref: PlanRef, body: unknown, now: Date): Promise<GridRow> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const input = parse(workflowInput, body);
  const period = periodOfYear(input.period, plan.year);
  return db.transaction(async (tx) => {
    const ctx = await loadRowContext(tx, { pemdaId: pemda.id, opdId: opd.id, planId: plan.id }, input.indicator);
    if (!canReadRow(user, ctx.resource)) throw new KinerjaError('forbidden', messages.forbidden);
    const row = ctx.indicator.rows[period];
    if (!row || (row.value === null && row.textValue === null)) throw new KinerjaError('conflict', m.noRealisasi, 'period');
    const t = transitionOf(row.status, input.action);
    if (!t) throw new KinerjaError('conflict', m.transitionNotAllowed(statusLabel[row.status] ?? row.status, input.action), 'action');
    if (!can(user, t.right, ctx.resource)) throw new KinerjaError('forbidden', messages.forbidden);
    if (input.action === 'reject' && !input.comment) throw new KinerjaError('invalid', m.rejectNeedsComment, 'comment');
    if (input.action === 'submit') await assertEntryOpen(tx, pemda.id, period, now);

    const v = schema.indicatorValue;
    const [saved] = await tx
      .update(v)
      .set({ status: t.to, updatedAt: now })
      .where(and(eq(v.pemdaId, pemda.id), eq(v.id, row.id)))
      .returning();
    if (!saved) throw new Error('status not saved');
    const comment = input.comment || null;
    await tx.insert(schema.workflowEvent).values({
      pemdaId: pemda.id,
      indicatorValueId: row.id,
      action: input.action,
      fromStatus: row.status,
      toStatus: t.to,
      actorId: user.id,
      actorName: user.displayName,
      comment,
      at: now,
    });
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: input.action,
      entity: 'realisasi',
      entityId: row.id,
      before: { indicator: ctx.indicator.id, period, status: row.status },
      after: { indicator: ctx.indicator.id, period, status: t.to },
      reason: comment,
    });
    const updated = { ...ctx.indicator, rows: { ...ctx.indicator.rows, [period]: saved } };
    const evidence = await listEvidence(tx, pemda.id, [ctx.indicator.id], period);
    return gridRow(updated, ctx.node, period, await ruleSetFor(tx, pemda.id, plan.year), {
      canEnter: canEnterRow(user, ctx.resource),
      evidence: evidence.get(ctx.indicator.id) ?? [],
      rejectComment: input.action === 'reject' ? comment : null,
    });
  });
}
