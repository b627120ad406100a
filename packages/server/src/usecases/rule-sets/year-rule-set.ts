/** What a Pemda's year computes with: the effective rule set, where it comes from, who set it and when. */
import { and, desc, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { DEFAULT_RULES } from '@kinerja/domain';
import { assignedRow, isPresetKey, paramsOf, ruleSetOfRow, type RuleParams } from './stored-rule-set.ts';

/** The audit entity of a change of a year's rule set (entity id: the year). */
export const AUDIT_ENTITY = 'rule_set_assignment';

export interface YearRuleSet {
  year: number;
  key: string;
  version: number;
  /** `preset`: a built-in (RULE_PRESETS); `custom`: a set saved by the Pemda */
  source: 'preset' | 'custom';
  /** false: nothing stored for this year, the built-in `pemda-default` applies */
  assigned: boolean;
  params: RuleParams;
  /** the last change (from the audit log), or null */
  changed: { by: string | null; at: string; reason: string | null } | null;
}

export async function lastChange(db: Executor, pemdaId: string, year: number): Promise<YearRuleSet['changed']> {
  const a = schema.auditLog;
  const [row] = await db
    .select({ by: a.actorName, at: a.at, reason: a.reason })
    .from(a)
    .where(and(eq(a.pemdaId, pemdaId), eq(a.entity, AUDIT_ENTITY), eq(a.entityId, String(year))))
    .orderBy(desc(a.at), desc(a.id))
    .limit(1);
  return row ? { by: row.by, at: row.at.toISOString(), reason: row.reason } : null;
}

export async function yearRuleSet(db: Executor, pemdaId: string, year: number): Promise<YearRuleSet> {
  const row = await assignedRow(db, pemdaId, year);
  const rules = row ? ruleSetOfRow(row) : DEFAULT_RULES;
  return {
    year,
    key: rules.id,
    version: rules.version,
    source: isPresetKey(rules.id) ? 'preset' : 'custom',
    assigned: row !== null,
    params: paramsOf(rules),
    changed: row ? await lastChange(db, pemdaId, year) : null,
  };
}
