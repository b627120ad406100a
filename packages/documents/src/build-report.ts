/** Dataset + options → the report model of the asked document. */
import type { Dataset } from '@kinerja/domain';
import { figuresFor, type Figures } from './engine.ts';
import type { ReportModel } from './model/types.ts';
import { buildEvaluasiTriwulan } from './models/evaluasi-triwulan.ts';
import { buildLkjip } from './models/lkjip/index.ts';
import { buildPk } from './models/pk.ts';
import { buildRenaksi } from './models/renaksi.ts';
import { buildRenja } from './models/renja/index.ts';
import type { ReportOptions } from './options.ts';

export const buildReport = (dataset: Dataset, opts: ReportOptions): ReportModel =>
  buildReportWith(dataset, opts, figuresFor(dataset, opts.rules));

export const buildReportWith = (dataset: Dataset, opts: ReportOptions, figures: Figures): ReportModel => {
  switch (opts.kind) {
    case 'pk':
      return buildPk(dataset, opts, figures);
    case 'renaksi':
      return buildRenaksi(dataset, opts, figures);
    case 'lkjip':
      return buildLkjip(dataset, opts, figures);
    case 'renja':
      return buildRenja(dataset, opts, figures);
    case 'evaluasi-triwulan':
      return buildEvaluasiTriwulan(dataset, opts, figures);
  }
};
