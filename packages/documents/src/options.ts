import type { RuleSet } from '@kinerja/domain';
import type { ReportKind } from './model/types.ts';

export interface SignatoryOption {
  name: string;
  position?: string;
  rank?: string;
  nip?: string;
}

/** What a document is generated for. `generatedAt` is passed in: models never read a clock. */
export interface ReportOptions {
  kind: ReportKind;
  year: number;
  /** Period key for periodic documents (`2025-Q3` for the evaluasi triwulan). */
  period?: string;
  /** Unit kerja id (dataset `units[].id`) for unit documents (evaluasi triwulan). */
  unit?: string;
  /** Domain rule set (packages/domain); the default rule set when absent. */
  rules?: RuleSet;
  /** Narrative text per section id (see each model's section ids); a placeholder when absent. */
  narrative?: Record<string, string>;
  /** ISO timestamp of the generation. */
  generatedAt: string;
  /** Place printed before the signing date ("Tana Paser"). */
  place?: string;
  /** Signing date (ISO date); default: the document's own date in the dataset, else generatedAt. */
  signedAt?: string;
  /** The superior who signs a PK as pihak kedua (the Bupati for an OPD). */
  superior?: SignatoryOption;
}
