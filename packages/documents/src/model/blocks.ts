/** Small constructors that keep the report models short and readable. */
import type {
  Align,
  Block,
  Cell,
  CellValue,
  HeadingBlock,
  NumberFormat,
  ParagraphBlock,
  ParagraphStyle,
  TextRun,
} from './types.ts';

export const heading = (level: 1 | 2 | 3, text: string, align?: Align): HeadingBlock =>
  align ? { type: 'heading', level, text, align } : { type: 'heading', level, text };

export const paragraph = (
  text: string | TextRun[],
  options: { align?: Align | 'justify'; style?: ParagraphStyle; indent?: number; spaceAfter?: number } = {},
): ParagraphBlock => ({
  type: 'paragraph',
  runs: typeof text === 'string' ? [{ text }] : text,
  align: options.align ?? 'justify',
  ...(options.style ? { style: options.style } : {}),
  ...(options.indent !== undefined ? { indent: options.indent } : {}),
  ...(options.spaceAfter !== undefined ? { spaceAfter: options.spaceAfter } : {}),
});

export const centered = (text: string, style: ParagraphStyle = 'body', bold = false): ParagraphBlock =>
  paragraph([{ text, bold }], { align: 'center', style });

export const bold = (text: string): TextRun => ({ text, bold: true });

export const pageBreak = (): Block => ({ type: 'pageBreak' });

export const cell = (value: CellValue, extra: Omit<Cell, 'value'> = {}): Cell => ({ value, ...extra });

export const num = (value: number | null | undefined, format: NumberFormat): Cell => ({
  value: value ?? null,
  format,
  align: 'right',
});

/** A number, or a text the dataset keeps where a number is expected ("-", "N/A"). */
export const numOrText = (value: number | string | null | undefined, format: NumberFormat): Cell =>
  typeof value === 'number' ? num(value, format) : { value: value ?? null, align: 'center' };
