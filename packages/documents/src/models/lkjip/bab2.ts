/** LKjIP Bab II: Renstra (tujuan, sasaran, yearly targets), IKU, PK and anggaran per sasaran. */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { heading, num, paragraph } from '../../model/blocks.ts';
import { planTree } from '../../model/tree.ts';
import type { Block, TableBlock, TableRow } from '../../model/types.ts';
import { lkjipText as t, messages } from '../../messages.ts';
import type { ReportOptions } from '../../options.ts';
import { targetCell } from '../cells.ts';
import { targetsTable } from '../pk.ts';
import type { TableCounter } from './counter.ts';
import { narrative } from './narrative.ts';

const col = t.columns;

const renstraYears = (dataset: Dataset): string[] => {
  if (dataset.renstra) {
    const years: string[] = [];
    for (let y = dataset.renstra.start + 1; y <= dataset.renstra.end; y += 1) years.push(String(y));
    return years;
  }
  const keys = new Set(dataset.indicators.flatMap((i) => Object.keys(i.renstra_targets ?? {})));
  return [...keys].sort();
};

const renstraTable = (dataset: Dataset, counter: TableCounter): TableBlock => {
  const tree = planTree(dataset);
  const years = renstraYears(dataset);
  const rows: TableRow[] = [];
  for (const sasaran of tree.ofKind('sasaran')) {
    const tujuan = sasaran.parent ? tree.node(sasaran.parent) : undefined;
    tree.indicatorsOf(sasaran.id).forEach((indicator, i) => {
      rows.push({
        cells: {
          tujuan: i === 0 ? (tujuan?.name ?? '') : '',
          sasaran: i === 0 ? sasaran.name : '',
          indikator: indicator.name,
          satuan: indicator.unit ?? '',
          ...Object.fromEntries(years.map((y) => [y, targetCell(indicator.renstra_targets?.[y])])),
        },
      });
    });
  }
  return {
    type: 'table',
    id: 'renstra',
    caption: [counter.next(`Tujuan, Sasaran dan Target Renstra ${dataset.renstra ? `${dataset.renstra.start}–${dataset.renstra.end}` : ''}`.trim())],
    sheetName: 'Renstra',
    fontSize: 8,
    columns: [
      { key: 'tujuan', width: 18 },
      { key: 'sasaran', width: 18 },
      { key: 'indikator', width: 24 },
      { key: 'satuan', width: 8, align: 'center' },
      ...years.map((y) => ({ key: y, width: 7, align: 'right' as const })),
    ],
    headerRows: [
      [
        { text: col.tujuan, rowSpan: 2 },
        { text: col.sasaran, rowSpan: 2 },
        { text: col.indikator, rowSpan: 2 },
        { text: col.satuan, rowSpan: 2 },
        { text: 'Target Renstra', colSpan: years.length },
      ],
      years.map((y) => ({ text: y })),
    ],
    rows,
    repeatHeader: true,
  };
};

const ikuTable = (dataset: Dataset, counter: TableCounter): TableBlock => {
  const tree = planTree(dataset);
  const rows: TableRow[] = [];
  let n = 0;
  for (const sasaran of tree.ofKind('sasaran')) {
    tree
      .indicatorsOf(sasaran.id)
      .filter((i) => i.iku)
      .forEach((indicator, i) => {
        n += 1;
        rows.push({
          cells: {
            no: `${n}.`,
            sasaran: i === 0 ? sasaran.name : '',
            indikator: indicator.name,
            definisi: [indicator.definition, indicator.formula].filter((x): x is string => Boolean(x)).join('\n'),
            sumber: [indicator.data_source, tree.unitName(indicator.responsible)].filter((x) => Boolean(x)).join('\nPJ: '),
          },
        });
      });
  }
  return {
    type: 'table',
    id: 'iku',
    caption: [counter.next('Indikator Kinerja Utama')],
    sheetName: 'IKU',
    fontSize: 8,
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'sasaran', width: 20 },
      { key: 'indikator', width: 24 },
      { key: 'definisi', width: 36 },
      { key: 'sumber', width: 15 },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: col.sasaran }, { text: col.indikator }, { text: col.definisi }, { text: col.sumber }]],
    rows,
    repeatHeader: true,
  };
};

const budgetPerSasaran = (dataset: Dataset, figures: Figures, year: number, counter: TableCounter): TableBlock => {
  const tree = planTree(dataset);
  const period = String(year);
  const rows: TableRow[] = [];
  const programs = tree.ofKind('program');
  tree.ofKind('sasaran').forEach((sasaran, s) => {
    const own = tree.children(sasaran.id, 'program');
    rows.push({
      kind: 'group',
      bold: true,
      cells: { no: `${s + 1}.`, uraian: sasaran.name, pagu: num(figures.sum(own.map((p) => p.budget?.[period])), 'money') },
    });
    for (const program of own) rows.push({ level: 1, cells: { uraian: program.name, pagu: num(program.budget?.[period], 'money') } });
  });
  rows.push({
    kind: 'total',
    bold: true,
    cells: { no: { value: t.total, colSpan: 2, align: 'center', bold: true }, pagu: num(figures.sum(programs.map((p) => p.budget?.[period])), 'money') },
  });
  return {
    type: 'table',
    id: 'anggaran-sasaran',
    caption: [counter.next(`Anggaran per Sasaran Strategis Tahun ${year}`)],
    sheetName: 'Anggaran per Sasaran',
    columns: [
      { key: 'no', width: 6, align: 'center' },
      { key: 'uraian', width: 64 },
      { key: 'pagu', width: 24, format: 'money' },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: `${col.sasaran} / Program` }, { text: col.pagu }]],
    rows,
    repeatHeader: true,
  };
};

export const bab2 = (dataset: Dataset, opts: ReportOptions, figures: Figures, counter: TableCounter): Block[] => {
  const renstra = renstraTable(dataset, counter);
  const iku = ikuTable(dataset, counter);
  const pk = targetsTable(dataset, opts.year, 'lkjip-pk', [counter.next(`Perjanjian Kinerja Tahun ${opts.year}`)]);
  const budget = budgetPerSasaran(dataset, figures, opts.year, counter);
  return [
    heading(1, t.bab('II', t.bab2)),
    heading(2, `2.1 ${t.sections.renstra}`),
    ...narrative(opts, 'renstra', t.sections.renstra),
    renstra,
    heading(2, `2.2 ${t.sections.iku}`),
    iku,
    heading(2, `2.3 ${t.sections.pk}`),
    paragraph(`Target kinerja tahun ${opts.year} yang diperjanjikan adalah sebagai berikut.`),
    { ...pk, sheetName: 'PK' },
    heading(2, `2.4 ${t.sections.anggaranSasaran}`),
    budget,
  ];
};
