/** T-C.30 (kinerja pelayanan), T-C.31 (reviu rancangan awal RKPD) and T-C.32 (usulan) — §6.2–6.4. */
import type { CheckFinding, Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { num } from '../../model/blocks.ts';
import { planTree } from '../../model/tree.ts';
import type { TableBlock, TableRow } from '../../model/types.ts';
import { messages } from '../../messages.ts';
import { targetCell } from '../cells.ts';
import { hierarchyRows } from '../hierarchy.ts';
import { asArray, asNumber, asString, at } from '../lkjip/read.ts';
import { tc31Totals } from './tc31-total.ts';

export const tc30 = (dataset: Dataset, year: number): TableBlock => {
  const start = dataset.renstra?.start ?? year - 4;
  const end = dataset.renstra?.end ?? year + 1;
  const years: string[] = [];
  for (let y = start + 1; y <= end; y += 1) years.push(String(y));
  const rows: TableRow[] = dataset.indicators
    .filter((i) => at(i.raw, 'tc30') !== undefined)
    .map((ind, n) => ({
      cells: {
        no: `${n + 1}.`,
        indikator: `${ind.name}${ind.unit ? ` (${ind.unit})` : ''}`,
        ...Object.fromEntries(years.map((y) => [`t${y}`, targetCell(ind.renstra_targets?.[y])])),
        r3: targetCell(ind.realizations?.[String(year - 3)]),
        r2: targetCell(ind.realizations?.[String(year - 2)]),
        p1: asString(at(ind.raw, 'tc30', 'proyeksi', String(year - 1))) ?? '',
        p0: asString(at(ind.raw, 'tc30', 'proyeksi', String(year))) ?? '',
        catatan: asString(at(ind.raw, 'tc30', 'catatan')) ?? '',
      },
    }));
  return {
    type: 'table',
    id: 'tc30',
    caption: ['Tabel T-C.30', 'Pencapaian Kinerja Pelayanan Perangkat Daerah'],
    sheetName: 'T-C.30',
    fontSize: 7,
    columns: [
      { key: 'no', width: 4, align: 'center' },
      { key: 'indikator', width: 30 },
      ...years.map((y) => ({ key: `t${y}`, width: 6, align: 'right' as const })),
      { key: 'r3', width: 6, align: 'right' as const },
      { key: 'r2', width: 6, align: 'right' as const },
      { key: 'p1', width: 6, align: 'right' as const },
      { key: 'p0', width: 6, align: 'right' as const },
      { key: 'catatan', width: 16 },
    ],
    headerRows: [
      [
        { text: messages.columns.no, rowSpan: 2 },
        { text: 'Indikator', rowSpan: 2 },
        { text: 'Target Renstra', colSpan: years.length },
        { text: 'Realisasi Capaian', colSpan: 2 },
        { text: 'Proyeksi', colSpan: 2 },
        { text: 'Catatan Analisis', rowSpan: 2 },
      ],
      [...years.map((y) => ({ text: y })), { text: String(year - 3) }, { text: String(year - 2) }, { text: String(year - 1) }, { text: String(year) }],
    ],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
};

export const tc31 = (dataset: Dataset, figures: Figures, year: number): { table: TableBlock; discrepancies: CheckFinding[] } => {
  const tree = planTree(dataset);
  const listed = hierarchyRows(tree, 'program').filter(({ node }) => at(node.raw, 'tc31') !== undefined);
  const programs = listed
    .filter(({ node }) => node.kind === 'program')
    .map(({ node }) => ({
      pagu: asNumber(at(node.raw, 'tc31', 'rancangan_awal', 'pagu')),
      dana: asNumber(at(node.raw, 'tc31', 'hasil_analisis', 'kebutuhan_dana')),
    }));
  const total = tc31Totals(dataset, figures, year, programs);
  const rows: TableRow[] = listed.map(({ node, level }) => {
      const a = at(node.raw, 'tc31', 'rancangan_awal');
      const b = at(node.raw, 'tc31', 'hasil_analisis');
      return {
        level,
        bold: node.kind !== 'subkegiatan',
        cells: {
          a_name: asString(at(a, 'name')) ?? '',
          a_loc: asString(at(a, 'location')) ?? '',
          a_ind: asString(at(a, 'indicator')) ?? '',
          a_target: asString(at(a, 'target')) ?? '',
          a_pagu: num(asNumber(at(a, 'pagu')), 'money'),
          b_name: asString(at(b, 'name')) ?? '',
          b_loc: asString(at(b, 'location')) ?? '',
          b_ind: asString(at(b, 'indicator')) ?? '',
          b_target: asString(at(b, 'target')) ?? '',
          b_dana: num(asNumber(at(b, 'kebutuhan_dana')), 'money'),
          catatan: asString(at(node.raw, 'tc31', 'catatan')) ?? '',
        },
      };
    });
  const half = (prefix: string, money: string): { key: string; width: number; format?: 'money'; align?: 'right' }[] => [
    { key: `${prefix}_name`, width: 14 },
    { key: `${prefix}_loc`, width: 6 },
    { key: `${prefix}_ind`, width: 13 },
    { key: `${prefix}_target`, width: 6 },
    { key: `${prefix}_${money}`, width: 9, format: 'money', align: 'right' },
  ];
  const sub = [{ text: 'Program / Kegiatan / Sub Kegiatan' }, { text: 'Lokasi' }, { text: 'Indikator Kinerja' }, { text: 'Target Capaian' }];
  rows.push(total.row);
  const table: TableBlock = {
    type: 'table',
    id: 'tc31',
    caption: ['Tabel T-C.31', `Review terhadap Rancangan Awal RKPD Tahun ${year}`],
    sheetName: 'T-C.31',
    fontSize: 6.5,
    columns: [...half('a', 'pagu'), ...half('b', 'dana'), { key: 'catatan', width: 10 }],
    headerRows: [
      [{ text: 'Rancangan Awal RKPD', colSpan: 5 }, { text: 'Hasil Analisis Kebutuhan', colSpan: 5 }, { text: 'Catatan Penting', rowSpan: 2 }],
      [...sub, { text: 'Pagu Indikatif (Rp)' }, ...sub, { text: 'Kebutuhan Dana (Rp)' }],
    ],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
  return { table, discrepancies: total.discrepancies };
};

export const tc32 = (dataset: Dataset, year: number): TableBlock => {
  const items = asArray(at(dataset.evaluations, 'proposals', 'items'));
  const rows: TableRow[] =
    items.length === 0
      ? [{ cells: { no: { value: 'Tidak ada usulan', colSpan: 6, align: 'center', italic: true } } }]
      : items.map((it, i) => ({
          cells: {
            no: `${i + 1}.`,
            nama: asString(it['name']) ?? '',
            lokasi: asString(it['location']) ?? '',
            indikator: asString(it['indicator']) ?? '',
            volume: asString(it['volume']) ?? '',
            catatan: asString(it['catatan']) ?? '',
          },
        }));
  return {
    type: 'table',
    id: 'tc32',
    caption: ['Tabel T-C.32', `Usulan Program dan Kegiatan dari Para Pemangku Kepentingan Tahun ${year}`],
    sheetName: 'T-C.32',
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'nama', width: 30 },
      { key: 'lokasi', width: 12 },
      { key: 'indikator', width: 25 },
      { key: 'volume', width: 12 },
      { key: 'catatan', width: 16 },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: 'Program / Kegiatan' }, { text: 'Lokasi' }, { text: 'Indikator Kinerja' }, { text: 'Besaran / Volume' }, { text: 'Catatan' }]],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
};
