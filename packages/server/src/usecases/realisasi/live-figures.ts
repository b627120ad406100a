/**
 * The live figures of one row as the operator types: capaian periode, progres tahunan and band
 * (domain periodProgress + classifyCapaian), and the rule that asks for a narrative.
 */
import { classifyCapaian, periodProgress, tryParsePeriod, type Band, type RuleSet } from '@kinerja/domain';
import type { MonitoringIndicator } from './monitoring-plan.ts';

export interface LiveFigures {
  /** the target measured against (Σ to date for cumulative indicators) */
  target: number | null;
  realization: number | null;
  capaian: number | null;
  progress: number | null;
  band: Band | null;
}

/** Capaian periode below 75 % or above 150 % is "far from the schedule": a narrative is required. */
export const FAR_LOW = 75;
export const FAR_HIGH = 150;
export const farFromSchedule = (capaian: number | null): 'low' | 'high' | null =>
  capaian === null ? null : capaian < FAR_LOW ? 'low' : capaian > FAR_HIGH ? 'high' : null;

export function liveFigures(ind: MonitoringIndicator, period: string, rules: RuleSet, value?: number | null): LiveFigures {
  const realizations = { ...ind.realizations };
  if (value !== undefined) {
    if (value === null) delete realizations[period];
    else realizations[period] = value;
  }
  if (!tryParsePeriod(period)) return { target: null, realization: null, capaian: null, progress: null, band: null };
  const p = periodProgress(ind.targets, realizations, period, ind.aggregation, ind.polarity, rules);
  return { ...p, band: classifyCapaian(p.capaian, rules) };
}
