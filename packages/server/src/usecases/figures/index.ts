/** Final-only figures, shared by the plan view, dashboards, reports and the CLI. */
export { FINAL_STATUSES, pendingRealisations, finalOnly, type PendingValue } from './final-values.ts';
export { exportFinalDataset, type FinalDataset } from './final-dataset.ts';
export { pendingFinding, PENDING_CODE } from './pending-finding.ts';
export { figureMessages } from './messages.ts';
