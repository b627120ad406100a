/**
 * `schedule` checks: period values (months, quarters, semesters) of `targets` / `realizations` vs
 * the annual value of the same map under the indicator's aggregation, an empty schedule for a
 * non-zero annual value, and schedule rows that print more cells than periods (`schedule_overflow`).
 */
import type { DatasetIndicator } from '../dataset.ts';
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { aggregate } from '../aggregate.ts';
import { subPeriodsOf } from '../periods.ts';
import { isYearKey, label, num, ratioMatches, showAmount, showComputed, showPrinted, sumMatches } from './support.ts';
import type { CheckFinding } from './types.ts';
import type { IndicatorMap } from './values.ts';

const MAPS: readonly IndicatorMap[] = ['targets', 'realizations'];

function mapFindings(ind: DatasetIndicator, map: IndicatorMap): CheckFinding[] {
  const values = ind[map];
  if (!values) return [];
  const aggregation = ind.aggregation ?? 'last';
  const out: CheckFinding[] = [];
  for (const yearKey of Object.keys(values).filter(isYearKey)) {
    const annual = num(values[yearKey]);
    if (annual === null) continue;
    const { months, quarters, semesters } = subPeriodsOf(values, Number(yearKey));
    const groups: [string, string[]][] = [['bulan', months], ['triwulan', quarters], ['semester', semesters]];
    for (const [granularity, periods] of groups) {
      if (periods.length === 0) continue;
      const cells = periods.map((p) => num(values[p])).filter((v): v is number => v !== null);
      const base = {
        check: 'schedule' as const,
        severity: 'warning' as const,
        ref: ind.id,
        where: CM.where(null, label(ind), `${map === 'targets' ? 'target' : 'realisasi'} ${yearKey} per ${granularity}`),
        printed: showPrinted(annual),
      };
      if (cells.length === 0) {
        if (annual !== 0)
          out.push({ ...base, code: 'schedule.empty', computed: null, message: CM.scheduleEmpty(map, yearKey, showPrinted(annual)) });
        continue;
      }
      const computed = aggregate(cells, aggregation);
      if (computed === null) continue;
      const ok = aggregation === 'average' ? ratioMatches(annual, computed) : sumMatches(annual, computed);
      if (ok) continue;
      const shown = aggregation === 'average' ? showComputed(computed) : showAmount(computed);
      out.push({
        ...base,
        code: 'schedule.aggregate',
        computed: shown,
        message: CM.scheduleAggregate(map, yearKey, showPrinted(annual), CM.aggregationRule[aggregation] ?? aggregation, shown),
      });
    }
  }
  return out;
}

function overflowFindings(ind: DatasetIndicator): CheckFinding[] {
  const extra = (ind.schedule_overflow ?? []).filter((v) => !(typeof v === 'string' && /^\s*[-–—]?\s*$/.test(v)));
  if (extra.length === 0) return [];
  const cells = extra.map((v) => (typeof v === 'number' ? showPrinted(v) : v)).join(', ');
  return [
    {
      code: 'schedule.overflow',
      check: 'schedule',
      severity: 'warning',
      ref: ind.id,
      where: CM.where(null, label(ind), 'jadwal'),
      printed: cells,
      computed: null,
      message: CM.scheduleOverflow(cells),
    },
  ];
}

export const checkSchedules = (ctx: CheckContext): CheckFinding[] =>
  ctx.dataset.indicators.flatMap((ind) => [...MAPS.flatMap((m) => mapFindings(ind, m)), ...overflowFindings(ind)]);
