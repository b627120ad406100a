/**
 * The findings of a plan: the domain checker run on the plan exported with its stored ids, so a
 * finding's `ref` is the `id` of a node or indicator of the PlanView (entries of evaluations and
 * profile keep their file id).
 */
import { checkDataset, type Dataset, type RuleSet } from '@kinerja/domain';
import type { FindingView } from './plan-view-types.ts';

export function planFindings(dataset: Dataset, rules: RuleSet): FindingView[] {
  return checkDataset(dataset, rules).map((f) => ({
    code: f.code,
    check: f.check,
    severity: f.severity,
    ref: f.ref,
    where: f.where,
    printed: f.printed,
    computed: f.computed,
    message: f.message,
  }));
}
