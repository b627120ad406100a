export type * from './model/types.ts';
export type { ReportOptions, SignatoryOption } from './options.ts';
export { buildReport } from './build-report.ts';
export { renderReport, type ReportFormat } from './render-report.ts';
export { generateReport, type GeneratedReport } from './generate-report.ts';
