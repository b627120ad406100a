/** The workflow steps of one realisation (indicator + period), oldest first. */
import { and, asc, eq } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { messages } from '../../messages.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { canReadRow } from './access.ts';
import { periodInput, periodOfYear } from './period-input.ts';
import { loadRowContext } from './row-context.ts';

export const historyQuery = z.object({ indicator: z.uuid(), period: periodInput });

export interface WorkflowEventView {
  action: string;
  from: string;
  to: string;
  actor: string | null;
  comment: string | null;
  at: string;
}

export async function getHistory(db: Db, user: SessionUser, ref: PlanRef, query: unknown): Promise<WorkflowEventView[]> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const q = parse(historyQuery, query);
  const period = periodOfYear(q.period, plan.year);
  const ctx = await loadRowContext(db, { pemdaId: pemda.id, opdId: opd.id, planId: plan.id }, q.indicator);
  if (!canReadRow(user, ctx.resource)) throw new KinerjaError('forbidden', messages.forbidden);
  const row = ctx.indicator.rows[period];
  if (!row) return [];
  const w = schema.workflowEvent;
  const events = await db
    .select()
    .from(w)
    .where(and(eq(w.pemdaId, pemda.id), eq(w.indicatorValueId, row.id)))
    .orderBy(asc(w.at), asc(w.id));
  return events.map((e) => ({ action: e.action, from: e.fromStatus, to: e.toStatus, actor: e.actorName, comment: e.comment, at: e.at.toISOString() }));
}
