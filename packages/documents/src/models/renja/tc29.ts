/** T-C.29 Rekapitulasi evaluasi hasil Renja dan pencapaian Renstra (domain-rules §6.1, seed 003). */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { num } from '../../model/blocks.ts';
import { planTree } from '../../model/tree.ts';
import type { TableBlock, TableRow } from '../../model/types.ts';
import { messages } from '../../messages.ts';
import { targetCell } from '../cells.ts';
import { hierarchyRows } from '../hierarchy.ts';

export const tc29 = (dataset: Dataset, figures: Figures, year: number): TableBlock => {
  const tree = planTree(dataset);
  const n1 = year - 1;
  const start = dataset.renstra?.start ?? year - 4;
  const end = dataset.renstra?.end ?? year + 1;
  const years: string[] = [];
  for (let y = start + 1; y <= end; y += 1) years.push(String(y));
  const rows: TableRow[] = [];
  for (const { node, level } of hierarchyRows(tree, 'program')) {
    const indicators = tree.indicatorsOf(node.id);
    indicators.forEach((ind, i) => {
      const q = Object.keys(ind.realizations ?? {}).filter((k) => k.startsWith(`${n1}-`)).sort().at(-1);
      const progress = q ? (figures.indicator(ind.id)?.periods[q]?.progress ?? null) : null;
      const renstra = figures.renstraAt(ind.id, n1);
      rows.push({
        level,
        bold: node.kind !== 'subkegiatan',
        cells: {
          kode: i === 0 ? (node.code ?? '') : '',
          nama: i === 0 ? node.name : '',
          indikator: `${ind.name}${ind.unit ? ` (${ind.unit})` : ''}`,
          baseline: targetCell(Object.entries(ind.baseline ?? {}).at(-1)?.[1]),
          ...Object.fromEntries(years.map((y) => [`r${y}`, targetCell(ind.renstra_targets?.[y])])),
          akhir: num(renstra.target, 'decimal2'),
          real2: targetCell(ind.realizations?.[String(n1 - 2)]),
          real1: targetCell(ind.realizations?.[String(n1 - 1)]),
          target: targetCell(ind.targets?.[String(n1)]),
          realq: q ? targetCell(ind.realizations?.[q]) : '',
          tingkat: num(progress, 'decimal2'),
          sd: num(renstra.realization, 'decimal2'),
          capaian: num(renstra.capaian, 'decimal2'),
        },
      });
    });
  }
  return {
    type: 'table',
    id: 'tc29',
    caption: ['Tabel T-C.29', `Rekapitulasi Evaluasi Hasil Pelaksanaan Renja Perangkat Daerah dan Pencapaian Renstra sampai dengan Tahun ${n1}`],
    sheetName: 'T-C.29',
    fontSize: 6.5,
    columns: [
      { key: 'kode', width: 8 },
      { key: 'nama', width: 16 },
      { key: 'indikator', width: 16 },
      { key: 'baseline', width: 5, align: 'right' },
      ...years.map((y) => ({ key: `r${y}`, width: 4.6, align: 'right' as const })),
      { key: 'akhir', width: 5.5, format: 'decimal2' as const },
      { key: 'real2', width: 5, align: 'right' as const },
      { key: 'real1', width: 5, align: 'right' as const },
      { key: 'target', width: 5, align: 'right' as const },
      { key: 'realq', width: 5, align: 'right' as const },
      { key: 'tingkat', width: 5.5, format: 'decimal2' as const },
      { key: 'sd', width: 5.5, format: 'decimal2' as const },
      { key: 'capaian', width: 5.5, format: 'decimal2' as const },
    ],
    headerRows: [
      [
        { text: 'Kode', rowSpan: 2 },
        { text: 'Urusan / Program / Kegiatan / Sub Kegiatan', rowSpan: 2 },
        { text: 'Indikator Kinerja', rowSpan: 2 },
        { text: `Capaian Awal (${start})`, rowSpan: 2 },
        { text: 'Target Renstra', colSpan: years.length },
        { text: `Target Akhir Renstra (${end})`, rowSpan: 2 },
        { text: 'Realisasi', colSpan: 2 },
        { text: `Renja ${n1}`, colSpan: 3 },
        { text: `Realisasi s.d. ${n1}`, rowSpan: 2 },
        { text: 'Capaian Renstra (%)', rowSpan: 2 },
      ],
      [...years.map((y) => ({ text: y })), { text: String(n1 - 2) }, { text: String(n1 - 1) }, { text: messages.columns.target }, { text: 'Realisasi s.d. TW' }, { text: 'Tingkat Realisasi (%)' }],
    ],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
};
