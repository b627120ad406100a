/**
 * The report model: a document tree of typed blocks. Models (src/models) build it from a Dataset;
 * renderers (src/render) only lay it out, so DOCX, XLSX and PDF always show the same figures.
 */
import type { CheckFinding } from '@kinerja/domain';

/** How a numeric cell is shown: `integer`/`money` as 18.953.949.068, `decimal2` as 71,51. */
export type NumberFormat = 'text' | 'integer' | 'money' | 'decimal2';

export type Align = 'left' | 'center' | 'right';

export type CellValue = string | number | null;

export interface Cell {
  value: CellValue;
  format?: NumberFormat;
  colSpan?: number;
  bold?: boolean;
  italic?: boolean;
  align?: Align;
  /** A background for emphasis, e.g. the band colour of a capaian (hex without #). */
  fill?: string;
}

export interface Column {
  key: string;
  /** Relative width; renderers scale the columns to the page (and to characters in XLSX). */
  width: number;
  format?: NumberFormat;
  align?: Align;
}

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export type RowKind = 'data' | 'group' | 'total';

export interface TableRow {
  cells: Record<string, CellValue | Cell>;
  /** Depth in a hierarchy (0 = top); renderers indent the first text column. */
  level?: number;
  bold?: boolean;
  kind?: RowKind;
}

export interface TableBlock {
  type: 'table';
  id: string;
  /** Caption above the table, e.g. ["Tabel 2.2", "Perjanjian Kinerja Tahun 2025"]. */
  caption?: string[];
  /** Name of the XLSX sheet (≤ 31 characters). */
  sheetName?: string;
  columns: Column[];
  /** Header rows with merged cells (colSpan/rowSpan), top to bottom. */
  headerRows: HeaderCell[][];
  /** A row "1 2 3 …" under the header, as government tables print it. */
  numberRow?: boolean;
  rows: TableRow[];
  repeatHeader: boolean;
  fontSize?: number;
  note?: string;
}

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type ParagraphStyle = 'body' | 'title' | 'subtitle' | 'small' | 'placeholder';

export interface ParagraphBlock {
  type: 'paragraph';
  runs: TextRun[];
  align?: Align | 'justify';
  style?: ParagraphStyle;
  /** Left indent in steps of ~1 cm. */
  indent?: number;
  spaceAfter?: number;
}

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
  align?: Align;
}

export interface Signatory {
  /** Line above the name, e.g. "PIHAK PERTAMA," or "Kepala BKPSDM,". */
  role: string;
  position?: string;
  name: string;
  rank?: string;
  nip?: string;
}

export interface SignatureBlock {
  type: 'signature';
  /** "Tana Paser, 21 Oktober 2025" printed above the right-hand signatory. */
  placeDate?: string;
  /** One or two signatories, left to right. */
  signatories: Signatory[];
}

export interface ChartBlock {
  type: 'chart';
  id: string;
  caption?: string[];
  /** An echarts option (plain JSON); rendered to SVG on the server. */
  option: Record<string, unknown>;
  width: number;
  height: number;
}

/** Label–value lines without borders ("Nama : …", "Jabatan : …"). */
export interface FieldsBlock {
  type: 'fields';
  rows: [string, string][];
  indent?: number;
  boldValues?: boolean;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

export type Block = HeadingBlock | ParagraphBlock | TableBlock | SignatureBlock | ChartBlock | FieldsBlock | PageBreakBlock;

export type Orientation = 'portrait' | 'landscape';

export interface ReportSection {
  orientation: Orientation;
  blocks: Block[];
  /** Text in the page header of this section (e.g. the document title); none on a cover. */
  header?: string;
  pageNumbers?: boolean;
}

export type ReportKind = 'pk' | 'renaksi' | 'renja' | 'evaluasi-triwulan' | 'lkjip';

export interface ReportModel {
  kind: ReportKind;
  title: string;
  /** File name without extension, e.g. "pk-2025-bkpsdm-kabupaten-paser". */
  fileBaseName: string;
  meta: { pemda: string; opd: string; year: number; period?: string; generatedAt: string };
  sections: ReportSection[];
  /** Where the document's own recomputed totals differ from what the dataset stores or prints. */
  discrepancies?: CheckFinding[];
}
