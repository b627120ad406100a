/**
 * The consistency checker: where a kinerja-dataset/1 contradicts itself (FORMAT.md "Findings",
 * domain-rules §2.4, §2.6, §13, §14). Pure: reads the dataset, returns findings, never fixes.
 */
import type { Dataset } from '../dataset.ts';
import { DEFAULT_RULES, type RuleSet } from '../rules.ts';
import { checkAverages } from './averages.ts';
import { checkCodes } from './code.ts';
import { checkCompleteness } from './completeness.ts';
import { checkConflicts } from './conflict.ts';
import { buildContext } from './context.ts';
import { checkDuplicates } from './duplicate.ts';
import { checkEntries } from './entries.ts';
import { checkRatios } from './ratio.ts';
import { checkSchedules } from './schedule.ts';
import { checkRenstraSums } from './sum-renstra.ts';
import { checkSums } from './sum.ts';
import type { CheckFinding } from './types.ts';
import { checkUnits } from './unit.ts';

export type { CheckFinding, CheckKind, Severity } from './types.ts';

const FAMILIES = [
  checkSums,
  checkRenstraSums,
  checkEntries,
  checkSchedules,
  checkRatios,
  checkAverages,
  checkConflicts,
  checkCodes,
  checkDuplicates,
  checkUnits,
  checkCompleteness,
];

/**
 * One finding per contradiction: the same figure printed by several places with the same
 * recomputation (`42` in Bab I and in Bab II) becomes one finding naming every place.
 */
function mergeSamePlaces(findings: CheckFinding[]): CheckFinding[] {
  const byKey = new Map<string, CheckFinding>();
  for (const f of findings) {
    const key = [f.code, f.ref, f.printed, f.computed].join('|');
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, f);
    else if (!seen.where.split('; ').includes(f.where)) byKey.set(key, { ...seen, where: `${seen.where}; ${f.where}` });
  }
  return [...byKey.values()];
}

/** Every finding of every check family, in family order. */
export function checkDataset(dataset: Dataset, rules: RuleSet = DEFAULT_RULES): CheckFinding[] {
  const ctx = buildContext(dataset, rules);
  return mergeSamePlaces(FAMILIES.flatMap((family) => family(ctx)));
}
