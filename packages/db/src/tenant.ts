/**
 * Tenant-scoped query helpers: every query below OPD level takes the Pemda id, so a caller can
 * never reach another Pemda's rows by changing an id.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { KinerjaError } from '@kinerja/domain';
import type { Executor } from './client.ts';
import { msg } from './messages.ts';
import { opd, pemda, plan } from './schema.ts';

export type PemdaRow = typeof pemda.$inferSelect;
export type OpdRow = typeof opd.$inferSelect;
export type PlanRow = typeof plan.$inferSelect;
export type OpdWithYears = OpdRow & { years: number[] };

export async function findPemdaBySlug(db: Executor, slug: string): Promise<PemdaRow | undefined> {
  const rows = await db.select().from(pemda).where(eq(pemda.slug, slug)).limit(1);
  return rows[0];
}

/** The Pemda of a slug, or KinerjaError('not_found'). */
export async function getPemda(db: Executor, slug: string): Promise<PemdaRow> {
  const row = await findPemdaBySlug(db, slug);
  if (!row) throw new KinerjaError('not_found', msg.pemdaNotFound(slug), 'pemda');
  return row;
}

export async function findOpd(db: Executor, pemdaId: string, opdSlug: string): Promise<OpdRow | undefined> {
  const rows = await db
    .select()
    .from(opd)
    .where(and(eq(opd.pemdaId, pemdaId), eq(opd.slug, opdSlug)))
    .limit(1);
  return rows[0];
}

/** The OPD of a slug inside a Pemda, or KinerjaError('not_found'). */
export async function getOpd(db: Executor, pemdaId: string, opdSlug: string): Promise<OpdRow> {
  const row = await findOpd(db, pemdaId, opdSlug);
  if (!row) throw new KinerjaError('not_found', msg.opdNotFound(opdSlug), 'opd');
  return row;
}

/** The OPD of a Pemda ordered by name, each with the years of its plans. */
export async function listOpd(db: Executor, pemdaId: string): Promise<OpdWithYears[]> {
  const rows = await db.select().from(opd).where(eq(opd.pemdaId, pemdaId)).orderBy(asc(opd.name));
  if (rows.length === 0) return [];
  const plans = await db
    .select({ opdId: plan.opdId, year: plan.year })
    .from(plan)
    .where(and(eq(plan.pemdaId, pemdaId), inArray(plan.opdId, rows.map((r) => r.id))))
    .orderBy(asc(plan.year));
  return rows.map((r) => ({ ...r, years: plans.filter((p) => p.opdId === r.id).map((p) => p.year) }));
}

export async function findPlan(
  db: Executor,
  pemdaId: string,
  opdId: string,
  year: number,
): Promise<PlanRow | undefined> {
  const rows = await db
    .select()
    .from(plan)
    .where(and(eq(plan.pemdaId, pemdaId), eq(plan.opdId, opdId), eq(plan.year, year)))
    .limit(1);
  return rows[0];
}
