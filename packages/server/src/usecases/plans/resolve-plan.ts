/** `:pemda/:opd/plans/:year` → the plan, inside the caller's tenant and rights. */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { Action, SessionUser } from '../../permissions.ts';
import { resolveOpd, resolvePemda, type OpdRow, type PemdaRow } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { messages } from '../../messages.ts';
import { authorize } from '../guard.ts';

export type PlanRow = typeof schema.plan.$inferSelect;

export interface PlanRef {
  pemdaSlug: string;
  opdSlug: string;
  year: string;
}

const yearSchema = z.coerce.number().int().min(1990).max(2100);

export async function resolvePlan(
  db: Executor,
  user: SessionUser,
  ref: PlanRef,
  action: Action = 'plan.read',
): Promise<{ pemda: PemdaRow; opd: OpdRow; plan: PlanRow }> {
  const pemda = await resolvePemda(db, user, ref.pemdaSlug);
  const opd = await resolveOpd(db, pemda, ref.opdSlug);
  authorize(user, action, { pemdaId: pemda.id, opdId: opd.id });
  const year = parse(yearSchema, ref.year, 'year');
  const [plan] = await db
    .select()
    .from(schema.plan)
    .where(and(eq(schema.plan.pemdaId, pemda.id), eq(schema.plan.opdId, opd.id), eq(schema.plan.year, year)));
  if (!plan) throw new KinerjaError('not_found', messages.planNotFound(year), 'year');
  return { pemda, opd, plan };
}
