/**
 * Reading the stored rule sets of a Pemda: the assignment of a year → its rule_set row → a RuleSet.
 * Rows hold the full parameters (never a diff), so a version reads the same forever.
 */
import { and, desc, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { DEFAULT_RULES, resolveRuleSet, RULE_PRESETS, type RuleSet } from '@kinerja/domain';
import { ruleSetMessages as m } from './messages.ts';

export type RuleSetRow = typeof schema.ruleSet.$inferSelect;

/** The parameters of a rule set: everything but its name and version. */
export type RuleParams = Omit<RuleSet, 'id' | 'version'>;

export const paramsOf = (rules: RuleSet): RuleParams => {
  const { id: _id, version: _version, ...params } = rules;
  return params;
};

export const isPresetKey = (key: string): boolean => Object.prototype.hasOwnProperty.call(RULE_PRESETS, key);

/** A stored row as a RuleSet: its params checked over the defaults (keys added later get their default). */
export function ruleSetOfRow(row: Pick<RuleSetRow, 'key' | 'version' | 'params'>): RuleSet {
  try {
    return resolveRuleSet(DEFAULT_RULES, { ...(row.params as object), id: row.key, version: row.version });
  } catch (e) {
    // a stored version is written only after validation: failing here means the row was edited by hand
    throw new Error(`${m.storedInvalid(row.key, row.version)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The rule_set row assigned to a Pemda's year, or null (the default applies). */
export async function assignedRow(db: Executor, pemdaId: string, year: number): Promise<RuleSetRow | null> {
  const a = schema.ruleSetAssignment;
  const [row] = await db
    .select({ rs: schema.ruleSet })
    .from(a)
    .innerJoin(schema.ruleSet, eq(schema.ruleSet.id, a.ruleSetId))
    .where(and(eq(a.pemdaId, pemdaId), eq(a.year, year)));
  return row?.rs ?? null;
}

/** The latest stored version of `key` for a Pemda, or null. */
export async function latestVersion(db: Executor, pemdaId: string, key: string): Promise<RuleSetRow | null> {
  const r = schema.ruleSet;
  const [row] = await db
    .select()
    .from(r)
    .where(and(eq(r.pemdaId, pemdaId), eq(r.key, key)))
    .orderBy(desc(r.version))
    .limit(1);
  return row ?? null;
}
