/** The documents the product generates, their formats, file names and narrative sections. */
import type { ReportFormat, ReportKind } from '@kinerja/documents';

export const REPORT_KINDS = ['pk', 'renaksi', 'renja', 'evaluasi-triwulan', 'lkjip'] as const satisfies readonly ReportKind[];
export const REPORT_FORMATS = ['docx', 'xlsx', 'pdf'] as const satisfies readonly ReportFormat[];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

/** How the documents are called in a file name, as offices name them. */
const FILE_LABELS: Record<ReportKind, string> = {
  pk: 'PK',
  renaksi: 'Rencana-Aksi',
  renja: 'Renja',
  'evaluasi-triwulan': 'Evaluasi-Triwulan',
  lkjip: 'LKjIP',
};

const safe = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export interface FileNameParts {
  kind: ReportKind;
  format: ReportFormat;
  year: number;
  opd: string;
  period?: string | null;
  perubahan?: boolean;
}

/** `LKjIP-BKPSDM-2024.docx`, `PK-Perubahan-BKPSDM-2025.pdf`, `Evaluasi-Triwulan-BKPSDM-2025-Q3.xlsx`. */
export function downloadFileName(p: FileNameParts): string {
  const label = `${FILE_LABELS[p.kind]}${p.perubahan ? '-Perubahan' : ''}`;
  const when = p.period ? safe(p.period) : String(p.year);
  return `${[label, safe(p.opd) || 'OPD', when].join('-')}.${p.format}`;
}

/**
 * The section ids each model reads from `opts.narrative` (packages/documents, models/lkjip).
 * A kind absent here has no narrative sections.
 */
export const NARRATIVE_SECTIONS: Partial<Record<ReportKind, readonly string[]>> = {
  lkjip: [
    'kata-pengantar',
    'ikhtisar',
    'latar-belakang',
    'gambaran-organisasi',
    'isu-strategis',
    'renstra',
    'capaian',
    'pembanding',
    'penutup',
  ],
};
