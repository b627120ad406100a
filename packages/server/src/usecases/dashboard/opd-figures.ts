/**
 * The figures of one OPD's dashboard, from the stored plan exported as a dataset and run through
 * the domain engine (computeDataset): indicators with trend and comparisons, sasaran and program
 * roll-ups with serapan and efisiensi, the OPD roll-up and the distribution of bands.
 */
import {
  absorption,
  averageEfficiency,
  BAND_ORDER,
  capaian as capaianOf,
  classifyCapaian,
  efficiency,
  opdCapaian,
  sumChildren,
  type Band,
  type BandCode,
  type ComputePeriod,
  type ComputeResult,
  type Dataset,
  type RuleSet,
} from '@kinerja/domain';

export interface Figure {
  capaian: number | null;
  band: Band | null;
}

export interface IndicatorFigures extends Figure {
  id: string;
  name: string;
  unit: string | null;
  iku: boolean;
  node: string;
  target: number | string | null;
  realization: number | string | null;
  status: string;
  trend: ({ period: string } & ComputePeriod)[];
  renstra: { endTarget: number | null; realization: number | null; capaian: number | null };
  lastYear: { year: number; target: number | string | null; realization: number | string | null; capaian: number | null } | null;
  comparisons: { label: string; period: string; value: number | string; gap: number | null }[];
}

export interface NodeFigures extends Figure {
  id: string;
  kind: string;
  name: string;
  code: string | null;
  pagu: number | null;
  realisasi: number | null;
  absorption: number | null;
  efficiency: number | null;
  efisien: boolean | null;
}

export interface OpdFigures {
  year: number;
  rules: { id: string; version: number };
  indicators: IndicatorFigures[];
  sasaran: NodeFigures[];
  programs: NodeFigures[];
  opd: Figure & { pagu: number | null; realisasi: number | null; absorption: number | null; efficiency: number | null; averageEfficiency: number | null };
  bands: Record<BandCode | 'none', number>;
}

/** Last year's annual target/realisation of an indicator, keyed by indicator id of this year. */
export type LastYear = Map<string, { target: number | string | null; realization: number | string | null }>;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function opdFigures(dataset: Dataset, computed: ComputeResult, rules: RuleSet, lastYear: LastYear = new Map()): OpdFigures {
  const year = dataset.year;
  const y = String(year);
  const prev = String(year - 1);
  const byId = new Map(dataset.indicators.map((i) => [i.id, i]));
  const indicators = computed.indicators.map((c): IndicatorFigures => {
    const ind = byId.get(c.id);
    const own = { target: ind?.targets?.[prev] ?? null, realization: ind?.realizations?.[prev] ?? null };
    const ly = own.realization !== null ? own : (lastYear.get(c.id) ?? null);
    const realized = num(c.annual.realization);
    return {
      id: c.id,
      name: c.name,
      unit: ind?.unit ?? null,
      iku: ind?.iku ?? false,
      node: c.node,
      target: c.annual.target,
      realization: c.annual.realization,
      capaian: c.annual.capaian,
      band: classifyCapaian(c.annual.capaian, rules),
      status: c.annual.status,
      trend: Object.entries(c.periods).map(([period, p]) => ({ period, ...p })),
      renstra: c.renstra,
      lastYear: ly ? { year: year - 1, ...ly, capaian: capaianOf(ly.target, ly.realization, ind?.polarity, rules).value } : null,
      comparisons: (ind?.comparisons ?? []).map((k) => ({
        label: k.label,
        period: k.period,
        value: k.value,
        gap: realized !== null && num(k.value) !== null ? realized - (k.value as number) : null,
      })),
    };
  });
  const computedNodes = new Map(computed.nodes.map((n) => [n.id, n]));
  const nodeFigures = (kind: string): NodeFigures[] =>
    dataset.nodes
      .filter((n) => n.kind === kind)
      .map((n) => {
        const cap = computedNodes.get(n.id)?.capaian ?? null;
        const pagu = n.budget?.[y] ?? null;
        const realisasi = n.budget_realization?.[y] ?? null;
        const abs = absorption(realisasi, pagu);
        const eff = efficiency(cap, abs, rules);
        return { id: n.id, kind, name: n.name, code: n.code ?? null, capaian: cap, band: classifyCapaian(cap, rules), pagu, realisasi, absorption: abs, efficiency: eff.value, efisien: eff.efisien };
      });
  const sasaran = nodeFigures('sasaran');
  const programs = nodeFigures('program');
  const cap = opdCapaian(sasaran.map((s) => ({ id: s.id, kind: 'sasaran' as const, capaian: s.capaian })), rules);
  const pagu = sumChildren(programs.map((p) => p.pagu));
  const realisasi = sumChildren(programs.map((p) => p.realisasi));
  const abs = absorption(realisasi, pagu);
  const bands = Object.fromEntries([...BAND_ORDER, 'none'].map((b) => [b, 0])) as Record<BandCode | 'none', number>;
  for (const i of indicators) bands[i.band?.code ?? 'none'] += 1;
  return {
    year,
    rules: { id: rules.id, version: rules.version },
    indicators,
    sasaran,
    programs,
    opd: {
      capaian: cap,
      band: classifyCapaian(cap, rules),
      pagu,
      realisasi,
      absorption: abs,
      efficiency: efficiency(cap, abs, rules).value,
      averageEfficiency: averageEfficiency(sasaran.map((s) => ({ value: s.efficiency, pagu: s.pagu })), rules),
    },
    bands,
  };
}
