/**
 * Sets the rule set of a Pemda's year (issue #4): a built-in preset, or a custom set (a preset or
 * the year's current set with a few params changed) saved as a NEW version — a stored version is
 * never changed. One audit row (before/after) in the same transaction. Nothing computed is
 * stored, so every view computes with the new set on its next read.
 */
import { isDeepStrictEqual } from 'node:util';
import { schema, writeAudit, type Actor, type Db, type Executor } from '@kinerja/db';
import { KinerjaError, resolveRuleSet, ruleSetById, type RuleSet } from '@kinerja/domain';
import { z } from 'zod/v4';
import { parse } from '../../http/problem.ts';
import { ruleSetMessages as m } from './messages.ts';
import { ruleSetFor } from './rule-set-for.ts';
import { isPresetKey, latestVersion, paramsOf, ruleSetOfRow, type RuleSetRow } from './stored-rule-set.ts';
import { AUDIT_ENTITY, yearRuleSet, type YearRuleSet } from './year-rule-set.ts';

export const assignRuleSetInput = z
  .object({
    /** a built-in preset to use as is */
    preset: z.string().trim().min(1).max(100).optional(),
    /** the name of a custom set (lower case, digits, dashes); default `kustom` */
    key: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,49}$/)
      .optional(),
    /** the preset the custom params start from; default: the year's current set */
    base: z.string().trim().min(1).max(100).optional(),
    /** rule-set keys (domain-rules.md §12a) to change */
    params: z.record(z.string(), z.unknown()).optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export type AssignRuleSetInput = z.infer<typeof assignRuleSetInput>;

/** The input checked, or KinerjaError('invalid') naming the field (HTTP body, CLI options). */
export const readAssignInput = (body: unknown): AssignRuleSetInput => parse(assignRuleSetInput, body);

const summary = (rules: RuleSet, stored: boolean) => ({ key: rules.id, version: rules.version, stored, params: paramsOf(rules) });

/** The wanted rule set (not yet stored): a preset, or base + params under a custom key. */
async function wanted(tx: Executor, pemdaId: string, year: number, input: AssignRuleSetInput): Promise<RuleSet> {
  if ((input.preset === undefined) === (input.params === undefined)) throw new KinerjaError('invalid', m.presetOrParams, 'preset');
  if (input.preset !== undefined) return ruleSetById(input.preset);
  const key = input.key ?? 'kustom';
  if (isPresetKey(key)) throw new KinerjaError('invalid', m.keyIsPreset(key), 'key');
  const base = input.base !== undefined ? ruleSetById(input.base) : await ruleSetFor(tx, pemdaId, year);
  const { id: _id, version: _version, ...params } = input.params ?? {};
  return resolveRuleSet(base, { ...params, id: key, version: 1 });
}

/** The stored row for `rules`: the latest version of its key when the params are the same, else a new version. */
async function storedRow(tx: Executor, pemdaId: string, rules: RuleSet): Promise<{ row: RuleSetRow; created: boolean }> {
  const latest = await latestVersion(tx, pemdaId, rules.id);
  if (latest && isDeepStrictEqual(paramsOf(ruleSetOfRow(latest)), paramsOf(rules))) return { row: latest, created: false };
  const next = (latest?.version ?? 0) + 1;
  const version = isPresetKey(rules.id) ? Math.max(rules.version, next) : next;
  const [row] = await tx.insert(schema.ruleSet).values({ pemdaId, key: rules.id, version, params: paramsOf(rules) }).returning();
  if (!row) throw new Error('rule set not saved');
  return { row, created: true };
}

export async function assignRuleSet(db: Db, pemdaId: string, year: number, input: AssignRuleSetInput, actor: Actor): Promise<YearRuleSet> {
  return db.transaction(async (tx) => {
    const before = await yearRuleSet(tx, pemdaId, year);
    const { row, created } = await storedRow(tx, pemdaId, await wanted(tx, pemdaId, year, input));
    if (before.assigned && before.key === row.key && before.version === row.version) return before;
    const a = schema.ruleSetAssignment;
    await tx
      .insert(a)
      .values({ pemdaId, year, ruleSetId: row.id })
      .onConflictDoUpdate({ target: [a.pemdaId, a.year], set: { ruleSetId: row.id } });
    const after = ruleSetOfRow(row);
    await writeAudit(tx, {
      pemdaId,
      actor,
      action: 'assign',
      entity: AUDIT_ENTITY,
      entityId: String(year),
      before: summary({ ...before.params, id: before.key, version: before.version }, before.assigned),
      after: { ...summary(after, true), newVersion: created },
      reason: input.reason ?? null,
    });
    return yearRuleSet(tx, pemdaId, year);
  });
}
