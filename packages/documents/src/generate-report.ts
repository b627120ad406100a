/**
 * One call for the server and the CLI: build the model, render it, and list the findings of the
 * consistency checker (where the data disagree) beside the file.
 */
import type { CheckFinding, Dataset } from '@kinerja/domain';
import { buildReportWith } from './build-report.ts';
import { figuresFor } from './engine.ts';
import type { ReportModel } from './model/types.ts';
import type { ReportOptions } from './options.ts';
import { renderReport, type ReportFormat } from './render-report.ts';

export interface GeneratedReport {
  buffer: Buffer;
  model: ReportModel;
  findings: CheckFinding[];
  fileName: string;
}

export const generateReport = async (dataset: Dataset, opts: ReportOptions, format: ReportFormat): Promise<GeneratedReport> => {
  const figures = figuresFor(dataset, opts.rules);
  const model = buildReportWith(dataset, opts, figures);
  const buffer = await renderReport(model, format);
  const findings = [...figures.findings(), ...(model.discrepancies ?? [])];
  return { buffer, model, findings, fileName: `${model.fileBaseName}.${format}` };
};
