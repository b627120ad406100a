/** One row of the operator's grid, and one sub kegiatan budget row. */
import { absorption, parsePeriod, periodKey, type RuleSet } from '@kinerja/domain';
import type { EvidenceView } from '../evidence/evidence-view.ts';
import { farFromSchedule, liveFigures, type LiveFigures } from './live-figures.ts';
import type { MonitoringIndicator, MonitoringNode } from './monitoring-plan.ts';
import { narrativeOf, type Narrative } from './narrative.ts';

export interface GridRow {
  indicator: {
    id: string;
    extId: string | null;
    name: string;
    unit: string | null;
    polarity: string | null;
    aggregation: string;
    iku: boolean;
    node: { id: string; kind: string; name: string; code: string | null } | null;
    unitId: string | null;
    /** the period maps, so a client recomputes the live figures as the operator types */
    targets: Record<string, number | string>;
    realizations: Record<string, number | string>;
  };
  period: string;
  /** target of the period and of the year, as stored (text for ordinal targets) */
  target: { period: number | string | null; year: number | string | null };
  realisasi: {
    id: string;
    value: number | null;
    text: string | null;
    status: string;
    narrative: Narrative | null;
    updatedBy: string | null;
    updatedAt: string;
  } | null;
  live: LiveFigures;
  /** the live capaian is far from the schedule: a narrative is required to save */
  needsNarrative: 'low' | 'high' | null;
  /** the caller may enter this row (right and status; the period window is in `window`) */
  editable: boolean;
  /** the reason of the last rejection, while the row is back in draft */
  rejectComment: string | null;
  evidence: EvidenceView[];
}

export function gridRow(
  ind: MonitoringIndicator,
  node: MonitoringNode | undefined,
  period: string,
  rules: RuleSet,
  extra: { canEnter: boolean; evidence: EvidenceView[]; rejectComment: string | null },
): GridRow {
  const row = ind.rows[period];
  const live = liveFigures(ind, period, rules);
  const year = String(parsePeriod(period).year);
  const status = row?.status ?? 'draft';
  return {
    indicator: {
      id: ind.id,
      extId: ind.extId,
      name: ind.name,
      unit: ind.unit,
      polarity: ind.polarity,
      aggregation: ind.aggregation,
      iku: ind.iku,
      node: node ? { id: node.id, kind: node.kind, name: node.name, code: node.code } : null,
      unitId: ind.unitId,
      targets: ind.targets,
      realizations: ind.realizations,
    },
    period,
    target: { period: ind.targets[period] ?? null, year: ind.targets[year] ?? null },
    realisasi: row
      ? {
          id: row.id,
          value: row.value !== null ? Number(row.value) : null,
          text: row.textValue,
          status: row.status,
          narrative: narrativeOf(row.narrative),
          updatedBy: row.updatedBy,
          updatedAt: row.updatedAt.toISOString(),
        }
      : null,
    live,
    needsNarrative: farFromSchedule(live.capaian),
    editable: extra.canEnter && (status === 'draft' || status === 'rejected'),
    rejectComment: status === 'draft' ? extra.rejectComment : null,
    evidence: extra.evidence,
  };
}

export interface BudgetRow {
  node: { id: string; extId: string | null; code: string | null; name: string; unitId: string | null };
  period: string;
  /** pagu of the year */
  pagu: number | null;
  /** realisasi anggaran entered for the period */
  realisasi: number | null;
  /** Σ realisasi of the periods of the same kind up to this one (the year's own value for a year) */
  realisasiToDate: number | null;
  /** serapan to date against the year's pagu */
  absorption: number | null;
  editable: boolean;
}

export function budgetRow(node: MonitoringNode, period: string, canEnter: boolean): BudgetRow {
  const p = parsePeriod(period);
  const pagu = node.pagu[String(p.year)] ?? null;
  let toDate: number | null = node.realisasi[period] ?? null;
  if (p.kind !== 'year') {
    const keys = Array.from({ length: p.index }, (_, i) => periodKey(p.year, p.kind, i + 1));
    const present = keys.map((k) => node.realisasi[k]).filter((v): v is number => v !== undefined);
    toDate = present.length > 0 ? present.reduce((s, v) => s + v, 0) : null;
  }
  return {
    node: { id: node.id, extId: node.extId, code: node.code, name: node.name, unitId: node.unitId },
    period,
    pagu,
    realisasi: node.realisasi[period] ?? null,
    realisasiToDate: toDate,
    absorption: absorption(toDate, pagu),
    editable: canEnter,
  };
}
