/**
 * The one code path from stored data to a document file, shared by the server's generation job
 * and `kinerja report`: export the plan as a dataset with its final realisations only
 * (verified/approved, as every figure), add the narratives the user wrote, and let
 * packages/documents build, render and check it. The findings say how many realisations were left
 * out ("N realisasi belum final tidak dihitung").
 */
import { createHash } from 'node:crypto';
import { findPlan, getOpd, type Executor } from '@kinerja/db';
import { generateReport, type GeneratedReport, type ReportFormat, type ReportOptions } from '@kinerja/documents';
import { KinerjaError, type CheckFinding, type Dataset } from '@kinerja/domain';
import { loadNarrative } from './load-narrative.ts';
import { reportMessages as m } from './messages.ts';
import { ruleSetFor } from '../rule-sets/rule-set-for.ts';
import type { ReportRequest } from './report-request.ts';
import { exportFinalDataset } from '../figures/final-dataset.ts';
import { pendingFinding } from '../figures/pending-finding.ts';

export interface ReportTarget {
  pemdaId: string;
  opdSlug: string;
}

/** The steps of a generation, with the progress they mark (percent). */
export const PROGRESS = { exporting: 10, building: 40, rendered: 80, stored: 100 } as const;

export interface ProduceOptions {
  /** ISO timestamp printed in the document (models never read a clock). */
  generatedAt: string;
  onProgress?: (percent: number) => Promise<void>;
  /** packages/documents' generateReport; replaceable in tests. */
  generate?: (dataset: Dataset, opts: ReportOptions, format: ReportFormat) => Promise<GeneratedReport>;
}

export interface ProducedReport {
  buffer: Buffer;
  findings: CheckFinding[];
  /** sha-256 (first 16 hex) of the dataset the document was built from */
  dataVersion: string;
  title: string;
  /** the model's own file base name (`pk-2025-perubahan-bkpsdm-…`): tells a PK Perubahan */
  modelFileName: string;
  opdAbbr: string;
}

export const datasetVersion = (dataset: Dataset): string =>
  createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 16);

/** A unit named by its dataset id or its name (case-insensitive) → its dataset id. */
export function resolveUnit(dataset: Dataset, unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const wanted = unit.trim().toLowerCase();
  const found = dataset.units.find((u) => u.id === unit || u.name.trim().toLowerCase() === wanted);
  if (!found) throw new KinerjaError('invalid', m.unitNotFound(unit), 'unit');
  return found.id;
}

export async function produceReport(db: Executor, target: ReportTarget, request: ReportRequest, opts: ProduceOptions): Promise<ProducedReport> {
  const progress = opts.onProgress ?? (async () => undefined);
  await progress(PROGRESS.exporting);
  const opd = await getOpd(db, target.pemdaId, target.opdSlug);
  const plan = await findPlan(db, target.pemdaId, opd.id, request.year);
  const { dataset, pending } = await exportFinalDataset(db, { pemdaId: target.pemdaId, opdSlug: target.opdSlug, year: request.year }, { ids: 'ext' });
  const narrative = plan ? await loadNarrative(db, target.pemdaId, plan.id, request.kind) : {};
  const unit = resolveUnit(dataset, request.unit);
  await progress(PROGRESS.building);
  const generate = opts.generate ?? generateReport;
  const report = await generate(
    dataset,
    {
      kind: request.kind,
      year: request.year,
      generatedAt: opts.generatedAt,
      narrative,
      rules: await ruleSetFor(db, target.pemdaId, request.year),
      ...(request.period ? { period: request.period } : {}),
      ...(unit ? { unit } : {}),
    },
    request.format,
  );
  await progress(PROGRESS.rendered);
  return {
    buffer: report.buffer,
    findings: [...pendingFinding(pending), ...report.findings],
    dataVersion: datasetVersion(dataset),
    title: report.model.title,
    modelFileName: report.fileName,
    opdAbbr: opd.abbr ?? dataset.opd.name,
  };
}
