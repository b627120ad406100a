/** The rule sets a Pemda can choose from: the built-in presets, its own custom versions, and which year uses which. */
import { and, asc, desc, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { RULE_PRESETS } from '@kinerja/domain';
import { isPresetKey, paramsOf, ruleSetOfRow, type RuleParams } from './stored-rule-set.ts';

export interface RuleSetCatalog {
  presets: { key: string; version: number; params: RuleParams }[];
  /** every stored custom version, newest first per key */
  custom: { key: string; version: number; createdAt: string; params: RuleParams }[];
  /** the years with a stored assignment */
  years: { year: number; key: string; version: number }[];
}

export async function ruleSetCatalog(db: Executor, pemdaId: string): Promise<RuleSetCatalog> {
  const r = schema.ruleSet;
  const rows = await db.select().from(r).where(eq(r.pemdaId, pemdaId)).orderBy(asc(r.key), desc(r.version));
  const a = schema.ruleSetAssignment;
  const years = await db
    .select({ year: a.year, key: r.key, version: r.version })
    .from(a)
    .innerJoin(r, eq(r.id, a.ruleSetId))
    .where(and(eq(a.pemdaId, pemdaId)))
    .orderBy(desc(a.year));
  return {
    presets: Object.values(RULE_PRESETS).map((p) => ({ key: p.id, version: p.version, params: paramsOf(p) })),
    custom: rows
      .filter((row) => !isPresetKey(row.key))
      .map((row) => ({ key: row.key, version: row.version, createdAt: row.createdAt.toISOString(), params: paramsOf(ruleSetOfRow(row)) })),
    years,
  };
}
