/** The page's pure rules: which fields a document needs, progress steps, who may do what. */
import type { Role } from '../../api/types.ts';
import type { JobStatus, ReportFormat, ReportKind, ReportRequest } from './types.ts';

export const KINDS: readonly ReportKind[] = ['lkjip', 'pk', 'renaksi', 'renja', 'evaluasi-triwulan'];
export const FORMATS: readonly ReportFormat[] = ['docx', 'xlsx', 'pdf'];

/** Documents made per quarter and per unit kerja. */
export const needsPeriod = (kind: ReportKind): boolean => kind === 'evaluasi-triwulan';

export const quartersOf = (year: number): string[] => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

export interface FormState {
  kind: ReportKind;
  format: ReportFormat;
  period: string;
  unit: string;
}

export function requestOf(form: FormState, year: number): ReportRequest {
  const periodic = needsPeriod(form.kind);
  return {
    kind: form.kind,
    year,
    format: form.format,
    ...(periodic && form.period ? { period: form.period } : {}),
    ...(periodic && form.unit ? { unit: form.unit } : {}),
  };
}

export type Step = 'queued' | 'exporting' | 'building' | 'rendering' | 'done' | 'failed';

/** The server's progress marks: 10 exporting the data, 40 building the model, 80 rendered, 100 stored. */
export function stepOf(status: JobStatus, progress: number): Step {
  if (status === 'done' || status === 'failed' || status === 'queued') return status;
  if (progress >= 80) return 'rendering';
  if (progress >= 40) return 'building';
  return 'exporting';
}

export const isFinished = (status: JobStatus): boolean => status === 'done' || status === 'failed';

const GENERATE: readonly Role[] = ['superadmin', 'admin_pemda', 'evaluator', 'admin_opd', 'pimpinan'];
const WRITE_NARRATIVE: readonly Role[] = ['superadmin', 'admin_pemda', 'admin_opd'];

export const mayGenerate = (roles: readonly Role[]): boolean => roles.some((r) => GENERATE.includes(r));
export const mayWriteNarrative = (roles: readonly Role[]): boolean => roles.some((r) => WRITE_NARRATIVE.includes(r));

/** `1.234.567` bytes → `1,2 MB` / `37 KB`. */
export function formatSize(bytes: number | null): string {
  if (bytes === null) return '–';
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('id-ID')} KB`;
}

/** An ISO timestamp → `21 Oktober 2025 08.15` (local time of the browser). */
export function formatWhen(iso: string | null, months: readonly string[]): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${d.getDate()} ${months[d.getMonth()] ?? ''} ${d.getFullYear()} ${hh}.${mm}`;
}
