/**
 * One OPD's row of the Pemda dashboard, from its small dataset (pemda-data.ts) through the domain
 * engine: capaian roll-up, band, serapan, efisiensi, bands of its indicators, the Renstra roll-up
 * (sasaran mean of the indicators' capaian against the Renstra end target) and its references.
 */
import { classifyCapaian, computeDataset, opdCapaian, sasaranCapaian, type Band, type BandCode, type RuleSet } from '@kinerja/domain';
import { opdFigures } from './opd-figures.ts';
import type { PlanData } from './pemda-data.ts';

export interface OpdReference {
  indicator: { id: string; name: string; unit: string | null };
  realization: number | string | null;
  label: string;
  period: string;
  value: number | string;
  gap: number | null;
}

export interface OpdSummary {
  capaian: number | null;
  band: Band | null;
  pagu: number | null;
  realisasi: number | null;
  absorption: number | null;
  efficiency: number | null;
  indicators: number;
  bands: Record<BandCode | 'none', number>;
  renstra: { capaian: number | null; band: Band | null };
  references: OpdReference[];
}

export function summarizeOpd(plan: PlanData, rules: RuleSet): OpdSummary {
  const computed = computeDataset(plan.dataset, { rules });
  const f = opdFigures(plan.dataset, computed, rules);
  const renstraByNode = new Map<string, { id: string; capaian: number | null }[]>();
  for (const i of f.indicators) renstraByNode.set(i.node, [...(renstraByNode.get(i.node) ?? []), { id: i.id, capaian: i.renstra.capaian }]);
  const renstra = opdCapaian(
    plan.dataset.nodes.map((n) => ({ id: n.id, kind: n.kind, capaian: sasaranCapaian(renstraByNode.get(n.id) ?? [], rules) })),
    rules,
  );
  return {
    capaian: f.opd.capaian,
    band: f.opd.band,
    pagu: f.opd.pagu,
    realisasi: f.opd.realisasi,
    absorption: f.opd.absorption,
    efficiency: f.opd.efficiency,
    indicators: f.indicators.length,
    bands: f.bands,
    renstra: { capaian: renstra, band: classifyCapaian(renstra, rules) },
    references: f.indicators.flatMap((i) =>
      i.comparisons.map((c) => ({ indicator: { id: i.id, name: i.name, unit: i.unit }, realization: i.realization, ...c })),
    ),
  };
}
