/**
 * Deterministic synthetic kinerja-dataset/1 files for the benchmarks: N Pemda × M OPD × K
 * indicators × 12 months. Names, units and polarities come from the real documents (templates.ts);
 * targets, realisations and budgets are random but reproducible (one seed per Pemda × OPD cell),
 * and consistent: parent budgets are the sums of their children, annual values follow the
 * indicator's aggregation over its months.
 */
import type { Dataset, DatasetIndicator, DatasetNode, NodeKind, PeriodMap } from '@kinerja/domain';
import { cellSeed, rng, type Rng } from './prng.ts';
import { opdName, pemdaName, templates, type IndicatorTemplate } from './templates.ts';

export interface GenerateOptions {
  seed?: number;
  year?: number;
  /** indicators per OPD */
  indicators: number;
}

export const DEFAULT_SEED = 20_250_101;

const months = (year: number): string[] => Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`);
const round2 = (n: number): number => Math.round(n * 100) / 100;
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const isPercent = (t: IndicatorTemplate): boolean => /%|persen/i.test(t.unit);

/** Targets and realisations of one indicator over a year and its months. */
function values(r: Rng, t: IndicatorTemplate, year: number): { targets: PeriodMap<number>; realizations: PeriodMap<number> } {
  const ms = months(year);
  const targets: PeriodMap<number> = {};
  const realizations: PeriodMap<number> = {};
  if (t.aggregation === 'cumulative') {
    const annual = r.int(12, 600);
    let left = annual;
    let done = 0;
    ms.forEach((m, i) => {
      const part = i === 11 ? left : Math.min(left, Math.round((annual / 12) * (0.5 + r.next())));
      left -= part;
      targets[m] = part;
      const real = Math.round(part * (0.6 + r.next() * 0.6));
      realizations[m] = real;
      done += real;
    });
    targets[String(year)] = annual;
    realizations[String(year)] = done;
    return { targets, realizations };
  }
  const annual = isPercent(t) ? round2(60 + r.next() * 40) : round2(1 + r.next() * 99);
  const reals: number[] = [];
  ms.forEach((m, i) => {
    targets[m] = annual;
    const real = round2(annual * (0.5 + ((i + 1) / 12) * 0.4 + r.next() * 0.25));
    realizations[m] = real;
    reals.push(real);
  });
  targets[String(year)] = annual;
  const last = reals[11] ?? 0;
  realizations[String(year)] = t.aggregation === 'average' ? round2(reals.reduce((a, b) => a + b, 0) / 12) : last;
  return { targets, realizations };
}

/** One OPD's plan for one year: a tujuan, two sasaran, programs → kegiatan → sub kegiatan, K indicators. */
export function generateOpdDataset(pemdaIndex: number, opdIndex: number, opts: GenerateOptions): Dataset {
  const seed = opts.seed ?? DEFAULT_SEED;
  const year = opts.year ?? 2025;
  const r = rng(cellSeed(seed, pemdaIndex, opdIndex));
  const tpl = templates();
  const units = [0, 1, 2, 3].map((i) => ({ id: `U${i + 1}`, name: tpl.unitNames[(opdIndex + i) % tpl.unitNames.length] ?? `Bidang ${i + 1}`, parent: null }));
  const nodes: DatasetNode[] = [];
  const indicators: DatasetIndicator[] = [];
  const urusan = `${1 + (opdIndex % 5)}.${pad(1 + (opdIndex % 20), 2)}`;

  const addNode = (id: string, kind: NodeKind, parent: string | null, code: string | null): DatasetNode => {
    const pool = tpl.nodeNames[kind as keyof typeof tpl.nodeNames];
    const n: DatasetNode = { id, kind, parent, name: `${r.pick(pool)} (${id})`, code, unit: r.pick(units).id };
    nodes.push(n);
    return n;
  };
  const addIndicator = (node: DatasetNode, iku: boolean): void => {
    const t = r.pick(tpl.indicators);
    const id = `${node.id}.I1`;
    indicators.push({ id, node: node.id, name: `${t.name} (${id})`, unit: t.unit, polarity: t.polarity, aggregation: t.aggregation, iku, responsible: node.unit ?? null, ...values(r, t, year) });
  };

  addNode('T1', 'tujuan', null, null);
  const sasaran = [addNode('S1', 'sasaran', 'T1', null), addNode('S2', 'sasaran', 'T1', null)];
  for (const s of sasaran) if (indicators.length < opts.indicators) addIndicator(s, true);
  for (let p = 1; indicators.length < opts.indicators; p++) {
    const prog = addNode(`P${p}`, 'program', sasaran[p % 2]?.id ?? 'S1', `${urusan}.${pad(p, 2)}`);
    addIndicator(prog, false);
    for (let k = 1; k <= 3 && indicators.length < opts.indicators; k++) {
      const keg = addNode(`K${p}.${k}`, 'kegiatan', prog.id, `${prog.code}.2.${pad(k, 2)}`);
      addIndicator(keg, false);
      for (let s = 1; s <= 3 && indicators.length < opts.indicators; s++) {
        const sub = addNode(`SK${p}.${k}.${s}`, 'subkegiatan', keg.id, `${keg.code}.${pad(s, 4)}`);
        const pagu = r.int(50_000, 2_000_000) * 1000;
        sub.budget = { [year]: pagu };
        sub.budget_realization = { [year]: Math.round(pagu * (0.6 + r.next() * 0.4)) };
        addIndicator(sub, false);
      }
    }
  }
  rollUpBudgets(nodes, String(year));
  const { name, abbr } = opdName(opdIndex);
  return {
    format: 'kinerja-dataset/1',
    source: { file: `sintetis-${pemdaIndex}-${opdIndex}.json`, title: `Rencana Aksi ${year} (sintetis)`, date: `${year}-01-31` },
    pemda: { name: pemdaName(pemdaIndex), province: 'Kalimantan Timur' },
    opd: { name, abbr },
    year,
    renstra: { start: 2021, end: 2026 },
    documents: [{ id: 'D1', kind: 'renaksi', revision: 'awal', signed: `${year}-01-31` }],
    units,
    nodes,
    indicators,
    evaluations: {},
    profile: {},
    findings: [],
  };
}

/** Parent pagu and realisasi = the sums of their children's (deepest first). */
function rollUpBudgets(nodes: DatasetNode[], period: string): void {
  for (const kind of ['kegiatan', 'program', 'sasaran', 'tujuan'] as const) {
    for (const n of nodes.filter((x) => x.kind === kind)) {
      const kids = nodes.filter((x) => x.parent === n.id && x.budget?.[period] !== undefined);
      if (kids.length === 0) continue;
      n.budget = { [period]: kids.reduce((a, k) => a + (k.budget?.[period] ?? 0), 0) };
      n.budget_realization = { [period]: kids.reduce((a, k) => a + (k.budget_realization?.[period] ?? 0), 0) };
    }
  }
}

/** Every OPD of every Pemda, Pemda by Pemda. */
export function* generateDatasets(pemda: number, opd: number, opts: GenerateOptions): Generator<Dataset> {
  for (let p = 0; p < pemda; p++) for (let o = 0; o < opd; o++) yield generateOpdDataset(p, o, opts);
}
