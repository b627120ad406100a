import { asc, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import type { OpdRow } from '../../tenant.ts';

export interface OpdView {
  id: string;
  slug: string;
  name: string;
  abbr: string | null;
  years: number[];
}

export interface UnitView {
  id: string;
  name: string;
  parentId: string | null;
}

/** The years of the plans of each OPD. */
export async function planYears(db: Executor, opdIds: string[]): Promise<Map<string, number[]>> {
  const years = new Map<string, number[]>();
  if (opdIds.length === 0) return years;
  const rows = await db
    .select({ opdId: schema.plan.opdId, year: schema.plan.year })
    .from(schema.plan)
    .where(inArray(schema.plan.opdId, opdIds))
    .orderBy(asc(schema.plan.year));
  for (const r of rows) years.set(r.opdId, [...(years.get(r.opdId) ?? []), r.year]);
  return years;
}

export const opdView = (o: OpdRow, years: number[]): OpdView => ({ id: o.id, slug: o.slug, name: o.name, abbr: o.abbr, years });
