/** The plan of an OPD for a year, inside its Pemda (undefined when there is none). */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';

export type PlanRow = typeof schema.plan.$inferSelect;

export async function findPlanYear(db: Executor, pemdaId: string, opdId: string, year: number): Promise<PlanRow | undefined> {
  const [plan] = await db
    .select()
    .from(schema.plan)
    .where(and(eq(schema.plan.pemdaId, pemdaId), eq(schema.plan.opdId, opdId), eq(schema.plan.year, year)));
  return plan;
}
