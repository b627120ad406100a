/** Report generation, shared by the server (jobs) and the CLI (`kinerja report`). */
export { produceReport, datasetVersion, resolveUnit, PROGRESS, type ProducedReport, type ProduceOptions, type ReportTarget } from './produce-report.ts';
export { parseReportRequest, reportRequestInput, type ReportRequest } from './report-request.ts';
export { REPORT_KINDS, REPORT_FORMATS, CONTENT_TYPES, NARRATIVE_SECTIONS, downloadFileName } from './report-kinds.ts';
export { whenIdle as reportJobsIdle } from './job-queue.ts';
export { recordReport, type RecordOptions } from './record-report.ts';
export { reportsDir } from './report-store.ts';
export { type ReportJobView } from './job-view.ts';
/** the dataset a document (and every figure) is computed from: final realisations only */
export { exportFinalDataset, figureMessages, PENDING_CODE, type FinalDataset } from '../figures/index.ts';
