/** Shapes of the report endpoints (docs/api-contract.md, "Pelaporan"). */
export type ReportKind = 'pk' | 'renaksi' | 'renja' | 'evaluasi-triwulan' | 'lkjip';
export type ReportFormat = 'docx' | 'xlsx' | 'pdf';
export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ReportJob {
  id: string;
  kind: ReportKind;
  format: ReportFormat;
  year: number;
  period: string | null;
  unit: string | null;
  status: JobStatus;
  progress: number;
  error: string | null;
  fileName: string | null;
  size: number | null;
  sha256: string | null;
  dataVersion: string | null;
  findingsCount: number | null;
  requestedBy: { id: string | null; name: string } | null;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

export interface ReportRequest {
  kind: ReportKind;
  year: number;
  format: ReportFormat;
  period?: string;
  unit?: string;
}

export interface NarrativeSection {
  id: string;
  label: string;
  text: string;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Narratives {
  kind: string;
  year: number;
  sections: NarrativeSection[];
}
