/**
 * Evaluasi triwulan of one unit kerja: its indicators with target, realisasi, capaian periode,
 * band and progres tahunan for `opts.period`, the narrative (analysis), and the budget absorption
 * of the nodes it is responsible for.
 */
import { KinerjaError, type Dataset } from '@kinerja/domain';
import type { Figures } from '../engine.ts';
import { periodLabel } from '../format.ts';
import { cell, heading, num, paragraph } from '../model/blocks.ts';
import type { ReportModel, TableBlock, TableRow } from '../model/types.ts';
import { lkjipText as t, messages } from '../messages.ts';
import type { ReportOptions } from '../options.ts';
import { fileBase, headSignatory, placeDate, titleBlock } from './common.ts';
import { tint } from './lkjip/indicators.ts';
import { narrative } from './lkjip/narrative.ts';

export const buildEvaluasiTriwulan = (dataset: Dataset, opts: ReportOptions, figures: Figures): ReportModel => {
  const period = opts.period ?? `${opts.year}-Q4`;
  const unit = dataset.units.find((u) => u.id === opts.unit) ?? (opts.unit ? undefined : dataset.units[0]);
  if (!unit) throw new KinerjaError('not_found', 'Unit kerja tidak ditemukan.', 'unit');
  const unitIds = new Set([unit.id, ...dataset.units.filter((u) => u.parent === unit.id).map((u) => u.id)]);
  const nodes = dataset.nodes.filter((n) => n.unit && unitIds.has(n.unit));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const indicators = dataset.indicators.filter((i) => (i.responsible && unitIds.has(i.responsible)) || nodeIds.has(i.node));
  const rows: TableRow[] = indicators.map((ind, i) => {
    const p = figures.periodAt(ind.id, period);
    const band = figures.band(p?.capaian);
    return {
      cells: {
        no: `${i + 1}.`,
        indikator: ind.name,
        satuan: ind.unit ?? '',
        target: num(p?.target, 'decimal2'),
        realisasi: num(p?.realization, 'decimal2'),
        capaian: num(p?.capaian, 'decimal2'),
        kategori: band ? cell(band.label, { fill: tint(band.color), align: 'center' }) : cell(messages.noData, { italic: true, align: 'center' }),
        progres: num(p?.progress, 'decimal2'),
      },
    };
  });
  const kinerja: TableBlock = {
    type: 'table',
    id: 'evaluasi-kinerja',
    caption: [`Capaian Kinerja ${periodLabel(period)}`],
    sheetName: 'Capaian Kinerja',
    fontSize: 8,
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'indikator', width: 40 },
      { key: 'satuan', width: 9, align: 'center' },
      { key: 'target', width: 10, format: 'decimal2' },
      { key: 'realisasi', width: 10, format: 'decimal2' },
      { key: 'capaian', width: 10, format: 'decimal2' },
      { key: 'kategori', width: 12, align: 'center' },
      { key: 'progres', width: 10, format: 'decimal2' },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: t.columns.indikator }, { text: t.columns.satuan }, { text: 'Target s.d. Periode' }, { text: 'Realisasi s.d. Periode' }, { text: t.columns.capaian }, { text: t.columns.kategori }, { text: 'Progres Tahunan (%)' }]],
    numberRow: true,
    rows,
    repeatHeader: true,
    note: t.bandScale,
  };
  const y = String(opts.year);
  const budget: TableBlock = {
    type: 'table',
    id: 'evaluasi-anggaran',
    caption: [`Serapan Anggaran ${periodLabel(period)}`],
    sheetName: 'Serapan Anggaran',
    fontSize: 8,
    columns: [
      { key: 'kode', width: 12 },
      { key: 'uraian', width: 46 },
      { key: 'pagu', width: 16, format: 'money' },
      { key: 'realisasi', width: 16, format: 'money' },
      { key: 'serapan', width: 10, format: 'decimal2' },
    ],
    headerRows: [[{ text: t.columns.kode }, { text: t.columns.uraian }, { text: t.columns.pagu }, { text: `Realisasi s.d. ${periodLabel(period)} (Rp)` }, { text: t.columns.serapan }]],
    rows: nodes
      .filter((n) => n.budget?.[y] !== undefined)
      .map((n) => {
        const pagu = n.budget?.[y] ?? null;
        const realisasi = n.budget_realization?.[period] ?? null;
        return {
          level: n.kind === 'program' ? 0 : n.kind === 'kegiatan' ? 1 : 2,
          bold: n.kind !== 'subkegiatan',
          cells: { kode: n.code ?? '', uraian: n.name, pagu: num(pagu, 'money'), realisasi: num(realisasi, 'money'), serapan: num(figures.absorption(realisasi, pagu), 'decimal2') },
        };
      }),
    repeatHeader: true,
  };
  const analyses = indicators.filter((i) => i.analysis);
  const title = `EVALUASI KINERJA ${periodLabel(period).toUpperCase()}`;
  return {
    kind: 'evaluasi-triwulan',
    title,
    fileBaseName: fileBase('evaluasi', opts.year, dataset, `${period} ${unit.name}`),
    meta: { pemda: dataset.pemda.name, opd: dataset.opd.name, year: opts.year, period, generatedAt: opts.generatedAt },
    sections: [
      {
        orientation: 'landscape',
        header: `${title} — ${unit.name}`,
        pageNumbers: true,
        blocks: [
          ...titleBlock([title, unit.name.toUpperCase()], dataset),
          kinerja,
          heading(2, 'Analisis Capaian'),
          ...(analyses.length > 0
            ? analyses.map((i) => paragraph(`${i.name}: ${[i.analysis?.success_factors, i.analysis?.obstacles, i.analysis?.follow_up].filter(Boolean).join(' ')}`))
            : narrative(opts, 'analisis', 'Analisis Capaian')),
          budget,
          { type: 'signature', placeDate: placeDate(dataset, opts, 'evaluasi'), signatories: [headSignatory(dataset)] },
        ],
      },
    ],
  };
};
