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

/** Every finding of every check family, in family order. */
export function checkDataset(dataset: Dataset, rules: RuleSet = DEFAULT_RULES): CheckFinding[] {
  const ctx = buildContext(dataset, rules);
  return FAMILIES.flatMap((family) => family(ctx));
}
