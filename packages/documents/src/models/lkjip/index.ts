/**
 * LKjIP (seed 001, PermenPANRB 53/2014): cover, kata pengantar, ikhtisar eksekutif, Bab I–IV.
 * Every figure comes from the domain engine; narrative sections from `opts.narrative` by id:
 * kata-pengantar, ikhtisar, latar-belakang, gambaran-organisasi, isu-strategis, renstra,
 * capaian, pembanding, penutup.
 */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { formatNumber } from '../../format.ts';
import { centered, heading, pageBreak, paragraph } from '../../model/blocks.ts';
import { planTree } from '../../model/tree.ts';
import type { Block, ReportModel } from '../../model/types.ts';
import { lkjipText as t } from '../../messages.ts';
import type { ReportOptions } from '../../options.ts';
import { fileBase, headSignatory, opdTitle, placeDate } from '../common.ts';
import { bab1 } from './bab1.ts';
import { bab2 } from './bab2.ts';
import { bab3Budget } from './bab3-budget.ts';
import { bab3Capaian } from './bab3-capaian.ts';
import { bab3Evaluations } from './bab3-evaluations.ts';
import { tableCounter } from './counter.ts';
import { measuredIndicators } from './indicators.ts';
import { narrative } from './narrative.ts';

const cover = (dataset: Dataset, year: number): Block[] => [
  ...Array.from({ length: 6 }, () => centered(' ')),
  centered('LAPORAN KINERJA', 'title', true),
  centered('INSTANSI PEMERINTAH (LKjIP)', 'title', true),
  centered(`TAHUN ${year}`, 'title', true),
  ...Array.from({ length: 8 }, () => centered(' ')),
  centered(dataset.opd.name.toUpperCase(), 'subtitle', true),
  centered(dataset.pemda.name.toUpperCase(), 'subtitle', true),
  centered(String(year + 1), 'subtitle', true),
];

const keyFigures = (dataset: Dataset, figures: Figures, year: number): Block[] => {
  const y = String(year);
  const iku = measuredIndicators(dataset, year).filter((m) => m.indicator.iku);
  const leaves = planTree(dataset).ofKind('subkegiatan');
  const pagu = figures.sum(leaves.map((n) => n.budget?.[y]));
  const realisasi = figures.sum(leaves.map((n) => n.budget_realization?.[y]));
  const opd = figures.opdCapaian();
  const fmt = (n: number | null, f: 'money' | 'decimal2'): string => (n === null ? '-' : formatNumber(n, f));
  const bands = new Map<string, number>();
  for (const m of iku) {
    const label = figures.indicator(m.indicator.id)?.annual.band;
    if (label) bands.set(label, (bands.get(label) ?? 0) + 1);
  }
  return [
    paragraph(t.ikhtisarFigures(iku.length, fmt(pagu, 'money'), fmt(realisasi, 'money'), fmt(figures.absorption(realisasi, pagu), 'decimal2'), fmt(opd, 'decimal2'))),
    ...(bands.size > 0 ? [paragraph(`Menurut skala capaian: ${[...bands].map(([label, n]) => t.bandSummary(label, n)).join(', ')}.`)] : []),
  ];
};

export const buildLkjip = (dataset: Dataset, opts: ReportOptions, figures: Figures): ReportModel => {
  const title = t.title(opts.year);
  const counter = tableCounter();
  const signature: Block = { type: 'signature', placeDate: placeDate(dataset, opts, 'lkjip'), signatories: [headSignatory(dataset)] };
  counter.chapter(1);
  const one = bab1(dataset, opts, figures, counter);
  counter.chapter(2);
  const two = bab2(dataset, opts, figures, counter);
  counter.chapter(3);
  const threeA = bab3Capaian(dataset, opts, figures, counter);
  const threeB = bab3Budget(dataset, opts, figures, counter);
  const threeC = bab3Evaluations(dataset, figures, counter);
  const header = `${t.shortTitle(opts.year)} — ${opdTitle(dataset)}`;
  return {
    kind: 'lkjip',
    title,
    fileBaseName: fileBase('lkjip', opts.year, dataset),
    meta: { pemda: dataset.pemda.name, opd: dataset.opd.name, year: opts.year, generatedAt: opts.generatedAt },
    sections: [
      { orientation: 'portrait', blocks: cover(dataset, opts.year) },
      {
        orientation: 'portrait',
        header,
        pageNumbers: true,
        blocks: [
          heading(1, t.kataPengantar),
          ...narrative(opts, 'kata-pengantar', 'Kata Pengantar'),
          signature,
          pageBreak(),
          heading(1, t.ikhtisar),
          ...narrative(opts, 'ikhtisar', 'Ikhtisar Eksekutif'),
          ...keyFigures(dataset, figures, opts.year),
          pageBreak(),
          ...one,
          pageBreak(),
          ...two,
          pageBreak(),
          heading(1, `BAB III\n${t.bab3}`),
          ...threeA,
          ...threeB.blocks,
          ...threeC,
          pageBreak(),
          heading(1, `BAB IV\n${t.bab4}`),
          heading(2, `4.1 ${t.sections.kesimpulan}`),
          ...keyFigures(dataset, figures, opts.year),
          ...narrative(opts, 'penutup', 'Penutup'),
          signature,
        ],
      },
    ],
    discrepancies: threeB.discrepancies,
  };
};
