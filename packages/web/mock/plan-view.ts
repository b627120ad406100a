/**
 * DEV ONLY. Turns a kinerja-dataset/1 file into the PlanView of docs/api-contract.md, so the web
 * app can be built and looked at before (or without) the server. The real figures come from the
 * server; the arithmetic here is the plain textbook one, enough for a mock.
 */
import type { Band, BandCode, Finding, PlanIndicator, PlanNode, PlanView, Severity } from '../src/api/types.ts';

type Num = number | string | null | undefined;
type Json = Record<string, unknown>;

const LABELS: Record<BandCode, string> = { ST: 'Sangat Tinggi', T: 'Tinggi', S: 'Sedang', R: 'Rendah', SR: 'Sangat Rendah' };
const COLORS: Record<BandCode, string> = { ST: '#1a7f37', T: '#4caf50', S: '#f2c037', R: '#f08c00', SR: '#d32f2f' };

export function mockBand(x: number | null): Band | null {
  if (x === null) return null;
  const r = Math.round(x * 100) / 100;
  const code: BandCode = r > 90 ? 'ST' : r > 75 ? 'T' : r > 65 ? 'S' : r > 50 ? 'R' : 'SR';
  return { code, label: LABELS[code], color: COLORS[code] };
}

const num = (v: Num): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function mockCapaian(target: Num, realization: Num, polarity: string | null): number | null {
  const t = num(target);
  const r = num(realization);
  if (t === null || r === null || t === 0) return null;
  return polarity === 'negative' ? ((2 * t - r) / t) * 100 : (r / t) * 100;
}

const map = (v: unknown): Record<string, number | string | null> => (v && typeof v === 'object' ? (v as Record<string, number | string | null>) : {});
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function datasetToPlanView(data: Json, pemda: { slug: string; name: string }, opdSlug: string): PlanView {
  const year = Number(data.year);
  const key = String(year);
  const opd = (data.opd ?? {}) as Json;
  const indicators: PlanIndicator[] = ((data.indicators ?? []) as Json[]).map((i) => {
    const targets = map(i.targets);
    const realizations = map(i.realizations);
    const polarity = str(i.polarity);
    const capaian = mockCapaian(targets[key], realizations[key], polarity);
    const periods: PlanIndicator['periods'] = {};
    for (const p of new Set([...Object.keys(targets), ...Object.keys(realizations)])) {
      periods[p] = {
        target: targets[p] ?? null,
        realization: realizations[p] ?? null,
        capaian: mockCapaian(targets[p], realizations[p], polarity),
        progress: mockCapaian(targets[key], realizations[p], polarity),
      };
    }
    return {
      id: String(i.id),
      extId: String(i.id),
      nodeId: String(i.node),
      name: String(i.name),
      unit: str(i.unit),
      polarity,
      aggregation: str(i.aggregation),
      iku: i.iku === true,
      targets,
      realizations,
      renstraTargets: map(i.renstra_targets),
      baseline: map(i.baseline),
      annual: { target: targets[key] ?? null, realization: realizations[key] ?? null, capaian, band: mockBand(capaian) },
      periods,
    };
  });
  const nodes: PlanNode[] = ((data.nodes ?? []) as Json[]).map((n) => {
    const budget = map(n.budget) as Record<string, number | null>;
    const budgetRealization = map(n.budget_realization) as Record<string, number | null>;
    const absorption: Record<string, number | null> = {};
    for (const p of Object.keys(budget)) {
      const b = budget[p];
      const r = budgetRealization[p];
      absorption[p] = typeof b === 'number' && b > 0 && typeof r === 'number' ? (r / b) * 100 : null;
    }
    const own = indicators.filter((i) => i.nodeId === n.id).map((i) => i.annual.capaian).filter((c): c is number => c !== null);
    const capaian = own.length ? own.reduce((a, b) => a + b, 0) / own.length : null;
    return {
      id: String(n.id),
      extId: String(n.id),
      kind: String(n.kind),
      parentId: str(n.parent),
      name: String(n.name),
      code: str(n.code),
      unitId: str(n.unit),
      budget,
      budgetRealization,
      absorption,
      capaian,
      band: mockBand(capaian),
    };
  });
  const findings: Finding[] = ((data.findings ?? []) as Json[]).map((f, index) => {
    const check = String(f.check);
    const severity: Severity = check === 'conflict' || check === 'sum' ? 'warning' : check === 'text' ? 'info' : 'warning';
    return {
      code: `${check}-${index}`,
      check,
      severity,
      ref: str(f.ref),
      where: str(f.where),
      printed: (f.printed as string | number | null) ?? null,
      computed: (f.computed as string | number | null) ?? null,
      message: String(f.what ?? ''),
    };
  });
  const renstra = (data.renstra ?? null) as { start?: number; end?: number } | null;
  return {
    pemda,
    opd: { slug: opdSlug, name: String(opd.name ?? opdSlug), abbr: str(opd.abbr) },
    year,
    renstra: renstra ? { start: renstra.start ?? null, end: renstra.end ?? null } : null,
    documents: ((data.documents ?? []) as Json[]).map((d) => ({
      id: String(d.id),
      extId: String(d.id),
      kind: String(d.kind),
      revision: str(d.revision),
      status: d.signed ? 'signed' : 'draft',
      basis: str(d.basis),
      signed: str(d.signed),
    })),
    units: ((data.units ?? []) as Json[]).map((u) => ({ id: String(u.id), name: String(u.name), parentId: str(u.parent) })),
    rules: 'pemda-default',
    nodes,
    indicators,
    findings,
  };
}
