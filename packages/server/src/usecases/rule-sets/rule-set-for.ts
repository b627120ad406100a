/**
 * The effective rule set of a Pemda's year (issue #4): the assigned stored version, else the
 * built-in `pemda-default`. Every computed view asks here unless the request names `?rules=`.
 */
import type { Executor } from '@kinerja/db';
import { DEFAULT_RULES, ruleSetById, type RuleSet } from '@kinerja/domain';
import { assignedRow, ruleSetOfRow } from './stored-rule-set.ts';

export async function ruleSetFor(db: Executor, pemdaId: string, year: number): Promise<RuleSet> {
  const row = await assignedRow(db, pemdaId, year);
  return row ? ruleSetOfRow(row) : DEFAULT_RULES;
}

/** An explicit preset override (`?rules=`, `--rules`) when given, else the year's rule set. */
export async function rulesFor(db: Executor, pemdaId: string, year: number, override?: string | null): Promise<RuleSet> {
  return override ? ruleSetById(override) : ruleSetFor(db, pemdaId, year);
}
