/**
 * The Rencana Aksi checker's warnings while the user types (§2.6, §2.4 rule 7): a schedule that
 * does not reach the annual target under the indicator's aggregation, schedule cells beyond the
 * last period, and pagu of the children ≠ pagu of the parent. It runs the domain's own consistency
 * checker on the rows being edited, so the warnings are the ones the findings page shows later.
 */
import { checkDataset, type CheckFinding } from '../checker/index.ts';
import { DATASET_FORMAT, type Dataset, type DatasetIndicator, type DatasetNode } from '../dataset.ts';
import { DEFAULT_RULES, type RuleSet } from '../rules.ts';

export interface EditingPlan {
  year: number;
  nodes: DatasetNode[];
  indicators: DatasetIndicator[];
}

const WANTED = /^(schedule\.|sum\.budget_children)/;

export function scheduleWarnings(plan: EditingPlan, rules: RuleSet = DEFAULT_RULES): CheckFinding[] {
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    pemda: { name: '' },
    opd: { name: '' },
    year: plan.year,
    documents: [],
    units: [],
    nodes: plan.nodes.map((n) => ({ ...n, budget_realization: undefined, printed: undefined, alternatives: undefined })),
    indicators: plan.indicators.map((i) => ({ ...i, realizations: undefined, printed: undefined, alternatives: undefined })),
  };
  return checkDataset(dataset, rules).filter((f) => WANTED.test(f.code));
}

/** The warnings about one node or indicator (what the grid shows beside that row). */
export const warningsFor = (warnings: readonly CheckFinding[], id: string): CheckFinding[] => warnings.filter((w) => w.ref === id);
