/**
 * Rencana Aksi (seed 000 Tabel 2.4): sasaran → program → kegiatan → sub kegiatan with indicator,
 * annual target, actions, anggaran, penanggung jawab and the schedule in 12 monthly columns
 * (or 4 quarterly ones when the plan is quarterly), on landscape pages.
 */
import type { Dataset, DatasetIndicator } from '@kinerja/domain';
import type { Figures } from '../engine.ts';
import { roman } from '../format.ts';
import { num, paragraph } from '../model/blocks.ts';
import { planTree } from '../model/tree.ts';
import type { Cell, HeaderCell, ReportModel, TableBlock, TableRow } from '../model/types.ts';
import { messages } from '../messages.ts';
import type { ReportOptions } from '../options.ts';
import { targetCell } from './cells.ts';
import { fileBase, headSignatory, isPerubahan, opdTitle, placeDate, titleBlock } from './common.ts';
import { hierarchyRows } from './hierarchy.ts';

const r = messages.renaksi;
const c = messages.columns;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Monthly when any indicator or action has a monthly key, else quarterly. */
const scheduleKeys = (dataset: Dataset, year: number): { keys: string[]; monthly: boolean } => {
  const monthly = dataset.indicators.some(
    (i) =>
      Object.keys(i.targets ?? {}).some((k) => /^\d{4}-\d{2}$/.test(k)) ||
      (i.actions ?? []).some((a) => Object.keys(a.schedule ?? {}).some((k) => /^\d{4}-\d{2}$/.test(k))),
  );
  return monthly
    ? { keys: Array.from({ length: 12 }, (_, i) => `${year}-${pad(i + 1)}`), monthly }
    : { keys: [1, 2, 3, 4].map((q) => `${year}-Q${q}`), monthly };
};

const scheduleCells = (keys: string[], values: Record<string, number | string> | undefined): Record<string, Cell> =>
  Object.fromEntries(keys.map((k) => [k, values?.[k] === undefined ? { value: '', align: 'center' } : targetCell(values[k])]));

export const renaksiTable = (dataset: Dataset, figures: Figures, year: number): TableBlock => {
  const tree = planTree(dataset);
  const period = String(year);
  const { keys, monthly } = scheduleKeys(dataset, year);
  const rows: TableRow[] = [];
  const programs = tree.ofKind('program');
  rows.push({
    kind: 'group',
    bold: true,
    cells: {
      no: '',
      nama: { value: opdTitle(dataset), colSpan: 5 },
      anggaran: num(figures.sum(programs.map((p) => p.budget?.[period])), 'money'),
    },
  });
  for (const { node, level, number } of hierarchyRows(tree)) {
    const indicators: (DatasetIndicator | null)[] = tree.indicatorsOf(node.id);
    if (indicators.length === 0) indicators.push(null);
    const isGroup = node.kind === 'sasaran' || node.kind === 'program';
    indicators.forEach((indicator, i) => {
      const actions = indicator?.actions ?? [];
      const first = actions[0];
      const schedule = indicator?.targets && keys.some((k) => indicator.targets?.[k] !== undefined) ? indicator.targets : first?.schedule;
      rows.push({
        level,
        bold: isGroup,
        ...(isGroup ? { kind: 'group' as const } : {}),
        cells: {
          no: i === 0 ? number : '',
          nama: i === 0 ? node.name : '',
          indikator: indicator?.name ?? '',
          target: indicator ? targetCell(indicator.targets?.[period]) : '',
          satuan: indicator?.unit ?? '',
          aksi: first?.text ?? '',
          anggaran: i === 0 ? num(node.budget?.[period], 'money') : '',
          pj: tree.unitName(node.unit ?? indicator?.responsible),
          ...scheduleCells(keys, schedule),
        },
      });
      for (const action of actions.slice(1))
        rows.push({ level, cells: { aksi: action.text, ...scheduleCells(keys, action.schedule) } });
    });
  }
  const scheduleHeader: HeaderCell[] = monthly
    ? [1, 2, 3, 4].map((q) => ({ text: roman(q), colSpan: 3 }))
    : [1, 2, 3, 4].map((q) => ({ text: `TW ${roman(q)}`, rowSpan: 2 }));
  return {
    type: 'table',
    id: 'renaksi',
    caption: [r.caption, `${opdTitle(dataset)} Tahun ${year}`],
    sheetName: 'Rencana Aksi',
    fontSize: 7,
    columns: [
      { key: 'no', width: 4, align: 'center' },
      { key: 'nama', width: 19 },
      { key: 'indikator', width: 19 },
      { key: 'target', width: 6, align: 'right' },
      { key: 'satuan', width: 7.5, align: 'center' },
      { key: 'aksi', width: 20 },
      { key: 'anggaran', width: 13.5, format: 'money', align: 'right' },
      { key: 'pj', width: 10 },
      ...keys.map((k) => ({ key: k, width: monthly ? 4.6 : 6, align: 'center' as const })),
    ],
    headerRows: [
      [
        { text: c.no, rowSpan: 3 },
        { text: r.nama, rowSpan: 3 },
        { text: c.indikator, rowSpan: 3 },
        { text: r.targetKinerja, colSpan: 2 },
        { text: r.aksi, rowSpan: 3 },
        { text: c.anggaran, rowSpan: 3 },
        { text: c.pj, rowSpan: 3 },
        { text: r.jadwal, colSpan: keys.length },
      ],
      [{ text: c.target, rowSpan: 2 }, { text: c.satuan, rowSpan: 2 }, ...scheduleHeader],
      monthly ? keys.map((_, i) => ({ text: String(i + 1) })) : [],
    ],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
};

export const buildRenaksi = (dataset: Dataset, opts: ReportOptions, figures: Figures): ReportModel => {
  const perubahan = isPerubahan(dataset, 'renaksi');
  const title = r.title(perubahan, opts.year);
  return {
    kind: 'renaksi',
    title,
    fileBaseName: fileBase('renaksi', opts.year, dataset, perubahan ? 'perubahan' : undefined),
    meta: { pemda: dataset.pemda.name, opd: dataset.opd.name, year: opts.year, generatedAt: opts.generatedAt },
    sections: [
      {
        orientation: 'landscape',
        header: `${title} — ${opdTitle(dataset)}`,
        pageNumbers: true,
        blocks: [
          ...titleBlock([title], dataset),
          paragraph(r.intro(perubahan, opts.year), { spaceAfter: 4 }),
          renaksiTable(dataset, figures, opts.year),
          { type: 'signature', placeDate: placeDate(dataset, opts, 'renaksi'), signatories: [headSignatory(dataset)] },
        ],
      },
    ],
  };
};
