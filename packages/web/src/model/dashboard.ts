import type { Band, PlanIndicator, PlanNode, PlanView } from '../api/types.ts';

/**
 * The figures of the OPD dashboard (Beranda), read from a PlanView. Capaian and bands come
 * from the server (computed by the domain rules); this module only adds them up for display.
 */
export interface SasaranCapaian {
  id: string;
  name: string;
  capaian: number | null;
  band: Band | null;
}

export interface DashboardSummary {
  indicatorCount: number;
  withCapaian: number;
  /** Equal-weight mean of the sasaran capaian (domain-rules §4.10), null without any. */
  meanCapaian: number | null;
  pagu: number | null;
  realisasi: number | null;
  serapan: number | null;
  sasaran: SasaranCapaian[];
  /** Indicators with an annual target or realisasi, in plan order. */
  rows: { indicator: PlanIndicator; node: PlanNode | undefined }[];
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The nodes whose money is the OPD's: programs, else the top-most nodes that carry a budget. */
function budgetRoots(plan: PlanView): PlanNode[] {
  const key = String(plan.year);
  const programs = plan.nodes.filter((n) => n.kind === 'program');
  if (programs.length) return programs;
  const byId = new Map(plan.nodes.map((n) => [n.id, n]));
  const hasBudget = (n: PlanNode | undefined) => isNum(n?.budget[key]);
  return plan.nodes.filter((n) => {
    if (!hasBudget(n)) return false;
    for (let p = n.parentId ? byId.get(n.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (hasBudget(p)) return false;
    }
    return true;
  });
}

function sumOf(nodes: readonly PlanNode[], pick: (n: PlanNode) => number | null | undefined): number | null {
  const values = nodes.map(pick).filter(isNum);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
}

export function summarize(plan: PlanView): DashboardSummary {
  const key = String(plan.year);
  const nodeById = new Map(plan.nodes.map((n) => [n.id, n]));
  const roots = budgetRoots(plan);
  const pagu = sumOf(roots, (n) => n.budget[key]);
  const realisasi = sumOf(roots, (n) => n.budgetRealization[key]);
  const serapan = pagu && realisasi !== null ? (realisasi / pagu) * 100 : null;

  const sasaran = plan.nodes
    .filter((n) => n.kind === 'sasaran')
    .map((n) => {
      const own = plan.indicators.filter((i) => i.nodeId === n.id).map((i) => i.annual.capaian).filter(isNum);
      return { id: n.id, name: n.name, capaian: isNum(n.capaian) ? n.capaian : mean(own), band: n.band };
    });

  const order = new Map(plan.nodes.map((n, i) => [n.id, i]));
  const rows = plan.indicators
    .filter((i) => i.annual.target !== null || i.annual.realization !== null)
    .map((indicator) => ({ indicator, node: nodeById.get(indicator.nodeId) }))
    .sort((a, b) => (order.get(a.indicator.nodeId) ?? 0) - (order.get(b.indicator.nodeId) ?? 0));

  return {
    indicatorCount: plan.indicators.length,
    withCapaian: plan.indicators.filter((i) => isNum(i.annual.capaian)).length,
    meanCapaian: mean(sasaran.map((s) => s.capaian).filter(isNum)),
    pagu,
    realisasi,
    serapan,
    sasaran,
    rows,
  };
}

/** The figures of GET …/dashboard/:year that Beranda lays over the plan view (final realisations only). */
export interface OpdDashboardFigures {
  indicators: { id: string; target: number | string | null; realization: number | string | null; capaian: number | null; band: Band | null }[];
  sasaran: { id: string; capaian: number | null; band: Band | null }[];
  pending: { indicator: { id: string; name: string }; period: string; status: string; value: number | null }[];
  rules: { id: string; version: number };
}

/**
 * The plan view with the dashboard's annual figures in place of its own: the dashboard counts
 * only verified/approved realisations, the plan view every stored one (drafts included).
 */
export function withFinalFigures(plan: PlanView, d: OpdDashboardFigures): PlanView {
  const ind = new Map(d.indicators.map((i) => [i.id, i]));
  const sas = new Map(d.sasaran.map((s) => [s.id, s]));
  return {
    ...plan,
    indicators: plan.indicators.map((i) => {
      const f = ind.get(i.id);
      return f ? { ...i, annual: { target: f.target, realization: f.realization, capaian: f.capaian, band: f.band } } : i;
    }),
    nodes: plan.nodes.map((n) => {
      const f = sas.get(n.id);
      return f ? { ...n, capaian: f.capaian, band: f.band } : n;
    }),
  };
}
