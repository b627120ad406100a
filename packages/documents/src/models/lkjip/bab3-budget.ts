/**
 * LKjIP Bab III B: efficiency per sasaran (seed 001 Tabel 3.16) and the budget realisation per
 * program / kegiatan / sub kegiatan with serapan (Tabel 3.19). The JUMLAH row is recomputed from
 * the sub kegiatan rows; where the dataset's OPD total differs, the model records a discrepancy.
 */
import type { CheckFinding, Dataset, DatasetNode } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { formatNumber } from '../../format.ts';
import { cell, heading, num } from '../../model/blocks.ts';
import { planTree } from '../../model/tree.ts';
import type { Block, TableBlock, TableRow } from '../../model/types.ts';
import { lkjipText as t, messages } from '../../messages.ts';
import type { ReportOptions } from '../../options.ts';
import { hierarchyRows } from '../hierarchy.ts';
import type { TableCounter } from './counter.ts';
import { menunjangTable } from './bab3-menunjang.ts';
import { asNumber, at } from './read.ts';

const col = t.columns;

const moneyOf = (node: DatasetNode, key: 'budget' | 'budget_realization', y: string): number | null => node[key]?.[y] ?? null;

const efficiencyTable = (dataset: Dataset, figures: Figures, year: number, counter: TableCounter): TableBlock => {
  const tree = planTree(dataset);
  const y = String(year);
  const rows: TableRow[] = [];
  const values: { value: number | null; pagu: number | null }[] = [];
  tree.ofKind('sasaran').forEach((sasaran, i) => {
    const programs = tree.children(sasaran.id, 'program');
    const pagu = moneyOf(sasaran, 'budget', y) ?? figures.sum(programs.map((p) => moneyOf(p, 'budget', y)));
    const realisasi = moneyOf(sasaran, 'budget_realization', y) ?? figures.sum(programs.map((p) => moneyOf(p, 'budget_realization', y)));
    const serapan = figures.absorption(realisasi, pagu);
    const capaian = figures.node(sasaran.id)?.capaian ?? null;
    const e = figures.efficiency(capaian, serapan);
    values.push({ value: e.value, pagu });
    rows.push({
      cells: {
        no: `${i + 1}.`,
        sasaran: sasaran.name,
        pagu: num(pagu, 'money'),
        realisasi: num(realisasi, 'money'),
        serapan: num(serapan, 'decimal2'),
        capaian: num(capaian, 'decimal2'),
        efisiensi: num(e.value, 'decimal2'),
        ket: cell(e.efisien === null ? '-' : e.efisien ? t.efisien : t.tidakEfisien, { align: 'center' }),
      },
    });
  });
  rows.push({
    kind: 'total',
    bold: true,
    cells: { no: { value: t.rataRata, colSpan: 6, align: 'center', bold: true }, efisiensi: num(figures.averageEfficiency(values), 'decimal2'), ket: '' },
  });
  return {
    type: 'table',
    id: 'efisiensi',
    caption: [counter.next(`Efisiensi Penggunaan Sumber Daya per Sasaran Tahun ${year}`)],
    sheetName: 'Efisiensi',
    fontSize: 8,
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'sasaran', width: 27 },
      { key: 'pagu', width: 15, format: 'money' },
      { key: 'realisasi', width: 15, format: 'money' },
      { key: 'serapan', width: 9, format: 'decimal2' },
      { key: 'capaian', width: 10, format: 'decimal2' },
      { key: 'efisiensi', width: 9, format: 'decimal2' },
      { key: 'ket', width: 10 },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: col.sasaran }, { text: col.pagu }, { text: col.realisasiRp }, { text: col.serapan }, { text: col.capaianRata }, { text: col.efisiensi }, { text: col.keterangan }]],
    rows,
    repeatHeader: true,
    note: 'Efisiensi = capaian rata-rata sasaran (%) ÷ serapan anggaran (%); efisien bila ≥ 1.',
  };
};

export interface BudgetSection {
  blocks: Block[];
  discrepancies: CheckFinding[];
}

const realisationTable = (dataset: Dataset, figures: Figures, year: number, counter: TableCounter): { table: TableBlock; discrepancies: CheckFinding[] } => {
  const tree = planTree(dataset);
  const y = String(year);
  const rows: TableRow[] = hierarchyRows(tree, 'program').map(({ node, level, number }) => {
    const pagu = moneyOf(node, 'budget', y);
    const realisasi = moneyOf(node, 'budget_realization', y);
    return {
      level,
      bold: node.kind !== 'subkegiatan',
      ...(node.kind === 'program' ? { kind: 'group' as const } : {}),
      cells: {
        no: number,
        kode: node.code ?? '',
        uraian: node.name,
        pagu: num(pagu, 'money'),
        realisasi: num(realisasi, 'money'),
        serapan: num(figures.absorption(realisasi, pagu), 'decimal2'),
      },
    };
  });
  const leaves = tree.ofKind('subkegiatan');
  const totalPagu = figures.sum(leaves.map((n) => moneyOf(n, 'budget', y)));
  const totalReal = figures.sum(leaves.map((n) => moneyOf(n, 'budget_realization', y)));
  const totalSerapan = figures.absorption(totalReal, totalPagu);
  rows.push({
    kind: 'total',
    bold: true,
    cells: {
      no: { value: t.total, colSpan: 3, align: 'center', bold: true },
      pagu: num(totalPagu, 'money'),
      realisasi: num(totalReal, 'money'),
      serapan: num(totalSerapan, 'decimal2'),
    },
  });
  const discrepancies: CheckFinding[] = [];
  const totals = at(dataset.profile, 'finance', 'totals');
  const storedPagu = asNumber(at(totals, 'budget', y));
  const storedReal = asNumber(at(totals, 'budget_realization', y));
  const label = counter.next(t.sections.realisasiAnggaran);
  const where = `${label}, baris ${t.total}`;
  const money = (n: number | null): string => (n === null ? '-' : formatNumber(n, 'money'));
  const pct = (n: number | null): string => (n === null ? '-' : formatNumber(n, 'decimal2'));
  if (storedPagu !== null && totalPagu !== null && storedPagu !== totalPagu)
    discrepancies.push({
      code: 'document.budget_total',
      check: 'sum',
      severity: 'warning',
      ref: 'FIN-TOTAL',
      where,
      printed: money(storedPagu),
      computed: money(totalPagu),
      message: t.totalDiffers(`Pagu ${y}`, money(storedPagu), money(totalPagu)),
    });
  if (storedReal !== null && totalReal !== null && storedReal !== totalReal) {
    const printed = `${money(storedReal)} (${pct(figures.absorption(storedReal, storedPagu ?? totalPagu))}%)`;
    const computed = `${money(totalReal)} (${pct(totalSerapan)}%)`;
    discrepancies.push({
      code: 'document.budget_realization_total',
      check: 'sum',
      severity: 'warning',
      ref: 'FIN-TOTAL',
      where,
      printed,
      computed,
      message: t.totalDiffers(`Realisasi anggaran ${y}`, printed, computed),
    });
  }
  const table: TableBlock = {
    type: 'table',
    id: 'realisasi-anggaran',
    caption: [`${label} Tahun ${y}`],
    sheetName: 'Realisasi Anggaran',
    fontSize: 8,
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'kode', width: 12 },
      { key: 'uraian', width: 40 },
      { key: 'pagu', width: 16, format: 'money' },
      { key: 'realisasi', width: 16, format: 'money' },
      { key: 'serapan', width: 9, format: 'decimal2' },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: col.kode }, { text: col.uraian }, { text: col.pagu }, { text: col.realisasiRp }, { text: col.serapan }]],
    numberRow: true,
    rows,
    repeatHeader: true,
    note: t.budgetNote('sub kegiatan'),
  };
  return { table, discrepancies };
};

export const bab3Budget = (dataset: Dataset, opts: ReportOptions, figures: Figures, counter: TableCounter): BudgetSection => {
  const efficiency = efficiencyTable(dataset, figures, opts.year, counter);
  const menunjang = menunjangTable(dataset, figures, counter);
  const { table, discrepancies } = realisationTable(dataset, figures, opts.year, counter);
  return {
    blocks: [
      heading(2, `3.6 ${t.sections.efisiensi}`),
      efficiency,
      heading(2, `3.7 ${t.sections.menunjang}`),
      menunjang,
      heading(2, `3.8 ${t.sections.realisasiAnggaran}`),
      table,
    ],
    discrepancies,
  };
};
