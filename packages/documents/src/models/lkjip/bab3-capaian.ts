/**
 * LKjIP Bab III A: capaian per indicator with its band (recomputed by the domain), the chart,
 * comparison with last year, with the Renstra end target, with national/other figures, and the
 * analysis per indicator (seed 001 Tabel 3.2, 3.5, 3.7, 3.8–3.10, §3.7).
 */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { formatNumber } from '../../format.ts';
import { bold, cell, heading, num, paragraph } from '../../model/blocks.ts';
import type { Block, ChartBlock, TableBlock, TableRow } from '../../model/types.ts';
import { lkjipText as t, messages } from '../../messages.ts';
import type { ReportOptions } from '../../options.ts';
import { targetCell } from '../cells.ts';
import type { TableCounter } from './counter.ts';
import { measuredIndicators, tint, type MeasuredIndicator } from './indicators.ts';
import { narrative } from './narrative.ts';

const col = t.columns;

const capaianTable = (list: MeasuredIndicator[], figures: Figures, year: number, counter: TableCounter): TableBlock => {
  const y = String(year);
  let lastNode = '';
  const rows: TableRow[] = list.map(({ indicator, node }, i) => {
    const annual = figures.indicator(indicator.id)?.annual;
    const band = figures.band(annual?.capaian);
    const first = node.id !== lastNode;
    lastNode = node.id;
    return {
      cells: {
        no: `${i + 1}.`,
        sasaran: first ? node.name : '',
        indikator: indicator.name,
        satuan: indicator.unit ?? '',
        target: targetCell(indicator.targets?.[y]),
        realisasi: targetCell(indicator.realizations?.[y]),
        capaian: num(annual?.capaian, 'decimal2'),
        kategori: band ? cell(band.label, { fill: tint(band.color), align: 'center' }) : cell(messages.noData, { italic: true, align: 'center' }),
      },
    };
  });
  return {
    type: 'table',
    id: 'capaian',
    caption: [counter.next(`Capaian Kinerja Tahun ${year}`)],
    sheetName: 'Capaian Kinerja',
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'sasaran', width: 22 },
      { key: 'indikator', width: 28 },
      { key: 'satuan', width: 8, align: 'center' },
      { key: 'target', width: 9, align: 'right' },
      { key: 'realisasi', width: 9, align: 'right' },
      { key: 'capaian', width: 9, format: 'decimal2' },
      { key: 'kategori', width: 11, align: 'center' },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: col.sasaran }, { text: col.indikator }, { text: col.satuan }, { text: col.target }, { text: col.realisasi }, { text: col.capaian }, { text: col.kategori }]],
    numberRow: true,
    rows,
    repeatHeader: true,
    note: t.bandScale,
  };
};

const capaianChart = (list: MeasuredIndicator[], figures: Figures, year: number): ChartBlock => {
  const points = list
    .map(({ indicator }) => ({ name: indicator.name, capaian: figures.indicator(indicator.id)?.annual.capaian ?? null }))
    .filter((p): p is { name: string; capaian: number } => p.capaian !== null);
  const short = (s: string): string => (s.length > 90 ? `${s.slice(0, 88)}…` : s);
  return {
    type: 'chart',
    id: 'capaian-chart',
    caption: [t.chartCaption(year)],
    width: 640,
    height: 60 + points.length * 46,
    option: {
      grid: { left: 250, right: 60, top: 20, bottom: 30 },
      xAxis: { type: 'value', min: 0, axisLabel: { fontSize: 10 } },
      yAxis: { type: 'category', inverse: true, data: points.map((p) => short(p.name)), axisLabel: { fontSize: 10, lineHeight: 12, width: 240, overflow: 'break' } },
      series: [
        {
          type: 'bar',
          barWidth: 22,
          data: points.map((p) => ({
            value: p.capaian,
            itemStyle: { color: figures.band(p.capaian)?.color ?? '#888888' },
            label: { show: true, position: 'right', fontSize: 10, color: '#222222', textBorderWidth: 0, formatter: formatNumber(p.capaian, 'decimal2') },
          })),
          markLine: { symbol: 'none', silent: true, data: [{ xAxis: 100 }], lineStyle: { type: 'dashed', color: '#555555' }, label: { show: false } },
        },
      ],
    },
  };
};

const lastYearTable = (list: MeasuredIndicator[], figures: Figures, year: number, counter: TableCounter): TableBlock => {
  const y = String(year);
  const prev = String(year - 1);
  return {
    type: 'table',
    id: 'tahun-lalu',
    caption: [counter.next(`Perbandingan Realisasi Kinerja Tahun ${prev} dan ${y}`)],
    sheetName: 'Perbandingan Tahun Lalu',
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'indikator', width: 40 },
      { key: 'satuan', width: 9, align: 'center' },
      { key: 'prev', width: 12, align: 'right' },
      { key: 'target', width: 12, align: 'right' },
      { key: 'now', width: 12, align: 'right' },
      { key: 'capaian', width: 12, format: 'decimal2' },
    ],
    headerRows: [
      [
        { text: messages.columns.no, rowSpan: 2 },
        { text: col.indikator, rowSpan: 2 },
        { text: col.satuan, rowSpan: 2 },
        { text: `${col.realisasi} ${prev}`, rowSpan: 2 },
        { text: `Tahun ${y}`, colSpan: 3 },
      ],
      [{ text: col.target }, { text: col.realisasi }, { text: col.capaian }],
    ],
    rows: list.map(({ indicator }, i) => ({
      cells: {
        no: `${i + 1}.`,
        indikator: indicator.name,
        satuan: indicator.unit ?? '',
        prev: targetCell(indicator.realizations?.[prev]),
        target: targetCell(indicator.targets?.[y]),
        now: targetCell(indicator.realizations?.[y]),
        capaian: num(figures.indicator(indicator.id)?.annual.capaian, 'decimal2'),
      },
    })),
    repeatHeader: true,
  };
};

const renstraTable = (list: MeasuredIndicator[], figures: Figures, dataset: Dataset, counter: TableCounter): TableBlock => ({
  type: 'table',
  id: 'renstra-akhir',
  caption: [counter.next(`Realisasi Kinerja terhadap Target Akhir Renstra ${dataset.renstra?.end ?? ''}`.trim())],
  sheetName: 'Capaian Renstra',
  columns: [
    { key: 'no', width: 5, align: 'center' },
    { key: 'indikator', width: 44 },
    { key: 'satuan', width: 9, align: 'center' },
    { key: 'akhir', width: 14, format: 'decimal2' },
    { key: 'sd', width: 14, format: 'decimal2' },
    { key: 'capaian', width: 14, format: 'decimal2' },
  ],
  headerRows: [[{ text: messages.columns.no }, { text: col.indikator }, { text: col.satuan }, { text: col.targetAkhir }, { text: col.realisasiSd }, { text: col.capaianRenstra }]],
  rows: list.map(({ indicator }, i) => {
    const r = figures.indicator(indicator.id)?.renstra;
    return {
      cells: { no: `${i + 1}.`, indikator: indicator.name, satuan: indicator.unit ?? '', akhir: num(r?.endTarget, 'decimal2'), sd: num(r?.realization, 'decimal2'), capaian: num(r?.capaian, 'decimal2') },
    };
  }),
  repeatHeader: true,
});

const comparisonTable = (list: MeasuredIndicator[], year: number, counter: TableCounter): TableBlock | null => {
  const y = String(year);
  const rows: TableRow[] = [];
  for (const { indicator } of list)
    (indicator.comparisons ?? []).forEach((c, i) => {
      rows.push({
        cells: {
          indikator: i === 0 ? indicator.name : '',
          own: i === 0 ? targetCell(indicator.realizations?.[y]) : '',
          label: c.label,
          periode: c.period,
          nilai: targetCell(c.value),
        },
      });
    });
  if (rows.length === 0) return null;
  return {
    type: 'table',
    id: 'pembanding',
    caption: [counter.next(`Perbandingan Realisasi Kinerja Tahun ${year} dengan Target Nasional dan Instansi Lain`)],
    sheetName: 'Pembanding',
    columns: [
      { key: 'indikator', width: 30 },
      { key: 'own', width: 12, align: 'right' },
      { key: 'label', width: 36 },
      { key: 'periode', width: 9, align: 'center' },
      { key: 'nilai', width: 11, align: 'right' },
    ],
    headerRows: [[{ text: col.indikator }, { text: `${col.realisasi} ${y}` }, { text: col.pembanding }, { text: col.periode }, { text: col.nilai }]],
    rows,
    repeatHeader: true,
  };
};

const analysisBlocks = (list: MeasuredIndicator[]): Block[] =>
  list.flatMap(({ indicator }, i) => {
    const a = indicator.analysis;
    const parts: [string, string | undefined][] = [
      [col.faktorPendukung, a?.success_factors],
      [col.faktorPenghambat, a?.obstacles],
      [col.tindakLanjut, a?.follow_up],
    ];
    const present = parts.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1].length > 0);
    return [
      heading(3, `${i + 1}. ${indicator.name}`),
      ...(present.length === 0
        ? [paragraph(t.noAnalysis, { style: 'placeholder' })]
        : present.map(([label, text]) => paragraph([bold(`${label}: `), { text }]))),
    ];
  });

export const bab3Capaian = (dataset: Dataset, opts: ReportOptions, figures: Figures, counter: TableCounter): Block[] => {
  const list = measuredIndicators(dataset, opts.year);
  const capaian = capaianTable(list, figures, opts.year, counter);
  const lastYear = lastYearTable(list, figures, opts.year, counter);
  const renstra = renstraTable(list, figures, dataset, counter);
  const comparison = comparisonTable(list, opts.year, counter);
  return [
    heading(2, `3.1 ${t.sections.capaian}`),
    ...narrative(opts, 'capaian', t.sections.capaian),
    capaian,
    capaianChart(list.filter((m) => m.indicator.iku), figures, opts.year),
    heading(2, `3.2 ${t.sections.tahunLalu}`),
    lastYear,
    heading(2, `3.3 ${t.sections.renstraAkhir}`),
    renstra,
    heading(2, `3.4 ${t.sections.pembanding}`),
    ...(comparison ? [comparison] : narrative(opts, 'pembanding', t.sections.pembanding)),
    heading(2, `3.5 ${t.sections.analisis}`),
    ...analysisBlocks(list),
  ];
};
