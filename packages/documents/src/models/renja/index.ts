/** Renja tables T-C.29 … T-C.33 (Permendagri 86/2017, seed 003), landscape, one sheet each in XLSX. */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { pageBreak } from '../../model/blocks.ts';
import type { Block, ReportModel } from '../../model/types.ts';
import type { ReportOptions } from '../../options.ts';
import { fileBase, headSignatory, opdTitle, placeDate, titleBlock } from '../common.ts';
import { tc29 } from './tc29.ts';
import { tc30, tc31, tc32 } from './tc30-32.ts';
import { tc33 } from './tc33.ts';

export const buildRenja = (dataset: Dataset, opts: ReportOptions, figures: Figures): ReportModel => {
  const title = `RENCANA KERJA (RENJA) TAHUN ${opts.year}`;
  const review = tc31(dataset, figures, opts.year);
  const tables: Block[] = [tc29(dataset, figures, opts.year), tc30(dataset, opts.year), review.table, tc32(dataset, opts.year), tc33(dataset, figures, opts.year)];
  return {
    kind: 'renja',
    title,
    fileBaseName: fileBase('renja', opts.year, dataset),
    meta: { pemda: dataset.pemda.name, opd: dataset.opd.name, year: opts.year, generatedAt: opts.generatedAt },
    sections: [
      {
        orientation: 'landscape',
        header: `${title} — ${opdTitle(dataset)}`,
        pageNumbers: true,
        blocks: [
          ...titleBlock([title], dataset),
          ...tables.flatMap((t, i) => (i === 0 ? [t] : [pageBreak(), t])),
          { type: 'signature', placeDate: placeDate(dataset, opts, 'renja'), signatories: [headSignatory(dataset)] },
        ],
      },
    ],
    discrepancies: review.discrepancies,
  };
};
