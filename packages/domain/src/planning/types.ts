/** Types of the paste mapper: what a pasted table (TSV from Word/Excel) is understood as. */
import type { Aggregation, NodeKind } from '../dataset.ts';

export const MONTH_FIELDS = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'] as const;
export const QUARTER_FIELDS = ['q1', 'q2', 'q3', 'q4'] as const;
export type MonthField = (typeof MONTH_FIELDS)[number];
export type QuarterField = (typeof QUARTER_FIELDS)[number];

/** What a pasted column holds. Period fields are relative to the plan year (m01 = January). */
export type PasteField =
  | 'ignore'
  | 'no'
  | 'code'
  | 'name'
  | 'indicator'
  | 'unit'
  | 'target'
  | 'target_next'
  | 'budget'
  | 'budget_next'
  | 'action'
  | 'responsible'
  | 'location'
  | 'funding'
  | 'note'
  | MonthField
  | QuarterField;

export const PASTE_FIELDS: readonly PasteField[] = [
  'ignore', 'no', 'code', 'name', 'indicator', 'unit', 'target', 'target_next', 'budget', 'budget_next',
  'action', 'responsible', 'location', 'funding', 'note', ...MONTH_FIELDS, ...QUARTER_FIELDS,
];

export interface PasteColumn {
  /** 0-based column index in the pasted table */
  index: number;
  /** the merged header text, `Jadwal Kegiatan / I / 1` */
  header: string;
  field: PasteField;
}

/** One bad cell: `row` is the 1-based line of the pasted text, `column` the 1-based column. */
export interface CellError {
  row: number;
  column: number;
  header: string;
  value: string;
  message: string;
}

/** What a data row is in the plan tree; `indicator` = another indicator of the row above's node. */
export type RowKind = NodeKind | 'indicator' | 'heading' | 'total';

export interface PasteRow {
  /** 1-based line of the pasted text */
  row: number;
  kind: RowKind;
  no: string | null;
  code: string | null;
  name: string | null;
  indicator: string | null;
  unit: string | null;
  /** the annual target of the plan year (a number, or text such as `BB` / `-`) */
  target: number | string | null;
  targetNext: number | string | null;
  budget: number | null;
  budgetNext: number | null;
  action: string | null;
  responsible: string | null;
  location: string | null;
  funding: string | null;
  note: string | null;
  /** period key (`2025-03`, `2025-Q1`) → value; `-` kept as text */
  schedule: Record<string, number | string>;
  /** the aggregation the schedule and unit suggest (null without a schedule or target) */
  aggregation: Aggregation | null;
}

export interface PasteResult {
  columns: PasteColumn[];
  headerRows: number;
  rows: PasteRow[];
  errors: CellError[];
}

export interface PasteOptions {
  /** the plan year: targets go to `year`, next-year columns to `year + 1`, months to `year-MM` */
  year: number;
  /** the user's corrected mapping: field per column index (missing = the suggestion) */
  mapping?: Partial<Record<number, PasteField>>;
  /** header rows at the top (default: detected) */
  headerRows?: number;
}
