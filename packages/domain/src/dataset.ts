/**
 * kinerja-dataset/1: the interchange format (shared/fixtures/FORMAT.md). The import, the export,
 * the consistency checker, `compute` and the report models all speak it.
 */

export type PeriodMap<T = number | string> = Record<string, T>;

export type NodeKind =
  | 'visi'
  | 'misi'
  | 'tujuan'
  | 'sasaran'
  | 'program'
  | 'kegiatan'
  | 'subkegiatan'
  | 'iki';

export type Polarity = 'positive' | 'negative' | 'range';
export type Aggregation = 'cumulative' | 'last' | 'average';

/** `printed[quantity][period]` is a number (place not named) or `{ place: number }`. */
export type Printed = Record<string, Record<string, number | Record<string, number>>>;

export interface Alternative {
  field: string;
  value: number | string;
  source: string;
  unit?: string;
  note?: string;
  [key: string]: unknown;
}

export interface DatasetDocument {
  id: string;
  kind: string;
  revision?: string | null;
  signed?: string | null;
  signed_printed?: string | null;
  basis?: string | null;
  raw?: unknown;
  [key: string]: unknown;
}

export interface DatasetUnit {
  id: string;
  name: string;
  parent?: string | null;
  [key: string]: unknown;
}

export interface DatasetNode {
  id: string;
  kind: NodeKind;
  parent?: string | null;
  name: string;
  output?: string | null;
  code?: string | null;
  unit?: string | null;
  budget?: PeriodMap<number>;
  budget_realization?: PeriodMap<number>;
  location?: string | null;
  printed?: Printed;
  alternatives?: Alternative[];
  raw?: unknown;
  [key: string]: unknown;
}

export interface Action {
  text: string;
  schedule?: PeriodMap;
  [key: string]: unknown;
}

export interface Comparison {
  label: string;
  period: string;
  value: number | string;
  [key: string]: unknown;
}

export interface Analysis {
  success_factors?: string;
  obstacles?: string;
  follow_up?: string;
  [key: string]: unknown;
}

export interface DatasetIndicator {
  id: string;
  node: string;
  name: string;
  unit?: string | null;
  polarity?: Polarity | null;
  aggregation?: Aggregation | null;
  iku?: boolean;
  definition?: string | null;
  formula?: string | null;
  data_source?: string | null;
  responsible?: string | null;
  baseline?: PeriodMap;
  targets?: PeriodMap;
  schedule_overflow?: (number | string)[];
  realizations?: PeriodMap;
  renstra_targets?: PeriodMap;
  comparisons?: Comparison[];
  actions?: Action[];
  analysis?: Analysis;
  printed?: Printed;
  alternatives?: Alternative[];
  raw?: unknown;
  [key: string]: unknown;
}

export type FindingCheck = 'sum' | 'schedule' | 'ratio' | 'conflict' | 'code' | 'duplicate' | 'unit' | 'text';

export interface DatasetFinding {
  ref: string;
  check: FindingCheck;
  where?: string;
  printed?: string;
  computed?: string;
  what?: string;
  [key: string]: unknown;
}

export interface Dataset {
  format: 'kinerja-dataset/1';
  source?: { file?: string; title?: string; date?: string | null; [key: string]: unknown };
  pemda: { name: string; province?: string | null; [key: string]: unknown };
  opd: {
    name: string;
    abbr?: string | null;
    address?: string | null;
    head?: { name?: string; rank?: string; nip?: string; position?: string; [key: string]: unknown } | null;
    [key: string]: unknown;
  };
  year: number;
  renstra?: { start: number; end: number; [key: string]: unknown } | null;
  documents: DatasetDocument[];
  units: DatasetUnit[];
  nodes: DatasetNode[];
  indicators: DatasetIndicator[];
  evaluations?: Record<string, unknown>;
  profile?: Record<string, unknown>;
  findings?: DatasetFinding[];
  [key: string]: unknown;
}

export const DATASET_FORMAT = 'kinerja-dataset/1' as const;
