/**
 * `sum` checks of T-C.29-style Renstra columns: a printed `renstra_end_target` vs the yearly Renstra
 * targets, and a cumulative indicator's printed `renstra_realization` vs its yearly realisations.
 */
import type { DatasetIndicator } from '../dataset.ts';
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { cumulativeRealizationCandidates, endTargetCandidates } from './recompute.ts';
import { label, printedFigures, showAmount, sumMatches } from './support.ts';
import type { CheckFinding } from './types.ts';

const show = (values: number[]): string => values.map(showAmount).join(' / ');

function indicatorFindings(ind: DatasetIndicator): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const f of printedFigures(ind.printed, 'renstra_end_target')) {
    const candidates = endTargetCandidates(ind);
    if (candidates.length === 0 || candidates.some((c) => sumMatches(f.value, c))) continue;
    out.push({
      code: 'sum.renstra_end_target',
      check: 'sum',
      severity: 'warning',
      ref: ind.id,
      where: CM.where(f.place, label(ind), `kondisi akhir Renstra ${f.period}`),
      printed: showAmount(f.value),
      computed: show(candidates),
      message: CM.renstraEndTarget(showAmount(f.value), show(candidates)),
    });
  }
  if (ind.aggregation !== 'cumulative') return out;
  for (const f of printedFigures(ind.printed, 'renstra_realization')) {
    const candidates = cumulativeRealizationCandidates(ind, f.period);
    if (candidates.length === 0 || candidates.some((c) => sumMatches(f.value, c))) continue;
    out.push({
      code: 'sum.renstra_realization',
      check: 'sum',
      severity: 'warning',
      ref: ind.id,
      where: CM.where(f.place, label(ind), `realisasi s.d. ${f.period}`),
      printed: showAmount(f.value),
      computed: show(candidates),
      message: CM.renstraRealization(f.period, showAmount(f.value), show(candidates)),
    });
  }
  return out;
}

export const checkRenstraSums = (ctx: CheckContext): CheckFinding[] =>
  ctx.dataset.indicators.flatMap(indicatorFindings);
