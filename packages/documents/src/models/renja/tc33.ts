/** T-C.33 Rumusan rencana program dan kegiatan tahun n and prakiraan maju n+1 (§6.5), with JUMLAH. */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { num } from '../../model/blocks.ts';
import { planTree } from '../../model/tree.ts';
import type { TableBlock, TableRow } from '../../model/types.ts';
import { messages } from '../../messages.ts';
import { targetCell } from '../cells.ts';
import { hierarchyRows } from '../hierarchy.ts';
import { asString, at } from '../lkjip/read.ts';

export const tc33 = (dataset: Dataset, figures: Figures, year: number): TableBlock => {
  const tree = planTree(dataset);
  const y0 = String(year);
  const y1 = String(year + 1);
  const rows: TableRow[] = [];
  for (const { node, level } of hierarchyRows(tree, 'program')) {
    const indicators = tree.indicatorsOf(node.id);
    const count = Math.max(1, indicators.length);
    for (let i = 0; i < count; i += 1) {
      const ind = indicators[i];
      const first = i === 0;
      rows.push({
        level,
        bold: node.kind !== 'subkegiatan',
        ...(node.kind === 'program' ? { kind: 'group' as const } : {}),
        cells: {
          kode: first ? (node.code ?? '') : '',
          nama: first ? node.name : '',
          indikator: ind?.name ?? '',
          lokasi: first ? (node.location ?? '') : '',
          target0: ind ? (ind.targets?.[y0] !== undefined ? targetCell(ind.targets[y0]) : (asString(at(ind.raw, 'target_2025_printed')) ?? '')) : '',
          satuan: ind?.unit ?? '',
          pagu0: first ? num(node.budget?.[y0], 'money') : '',
          sumber: first ? (asString(at(node.raw, 'sumber_dana')) ?? '') : '',
          catatan: first ? (asString(at(node.raw, 'catatan_tc33')) ?? '') : '',
          target1: ind ? targetCell(ind.targets?.[y1]) : '',
          pagu1: first ? num(node.budget?.[y1], 'money') : '',
        },
      });
    }
  }
  const programs = tree.ofKind('program');
  rows.push({
    kind: 'total',
    bold: true,
    cells: {
      kode: { value: messages.total, colSpan: 6, align: 'center', bold: true },
      pagu0: num(figures.sum(programs.map((p) => p.budget?.[y0])), 'money'),
      sumber: '',
      catatan: '',
      target1: '',
      pagu1: num(figures.sum(programs.map((p) => p.budget?.[y1])), 'money'),
    },
  });
  return {
    type: 'table',
    id: 'tc33',
    caption: ['Tabel T-C.33', `Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun ${y0} dan Prakiraan Maju Tahun ${y1}`],
    sheetName: 'T-C.33',
    fontSize: 6.5,
    columns: [
      { key: 'kode', width: 9 },
      { key: 'nama', width: 17 },
      { key: 'indikator', width: 17 },
      { key: 'lokasi', width: 6 },
      { key: 'target0', width: 5, align: 'right' },
      { key: 'satuan', width: 6, align: 'center' },
      { key: 'pagu0', width: 10, format: 'money' },
      { key: 'sumber', width: 5, align: 'center' },
      { key: 'catatan', width: 8 },
      { key: 'target1', width: 5, align: 'right' },
      { key: 'pagu1', width: 10, format: 'money' },
    ],
    headerRows: [
      [
        { text: 'Kode', rowSpan: 2 },
        { text: 'Urusan / Program / Kegiatan / Sub Kegiatan', rowSpan: 2 },
        { text: 'Indikator Kinerja', rowSpan: 2 },
        { text: `Rencana Tahun ${y0}`, colSpan: 6 },
        { text: `Prakiraan Maju ${y1}`, colSpan: 2 },
      ],
      [{ text: 'Lokasi' }, { text: messages.columns.target }, { text: messages.columns.satuan }, { text: 'Kebutuhan Dana / Pagu Indikatif (Rp)' }, { text: 'Sumber Dana' }, { text: 'Catatan Penting' }, { text: messages.columns.target }, { text: 'Kebutuhan Dana (Rp)' }],
    ],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
};
