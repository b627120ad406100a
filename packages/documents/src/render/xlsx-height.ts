/**
 * Row heights for wrapped text in the XLSX sheets. Neither Excel nor LibreOffice grows a row for
 * wrapped text in merged cells, and LibreOffice keeps the default height of rows a generator
 * wrote without one, so the renderer sets each row's height from an estimate of its lines.
 */

/** Characters of a 10 pt font that fit in one unit of Excel column width (Arial 10 in a Calibri 11 workbook). */
const CHARS_PER_WIDTH = 1.25;
/** Points per line of 10 pt text, with the cell's padding. */
const LINE_POINTS = 11.8;
const PADDING_POINTS = 3;

export interface WrappedText {
  text: string;
  /** Excel column width units of the cell (summed over merged columns). */
  width: number;
  /** Rows the cell spans (its lines are shared among them). */
  rowSpan?: number;
  bold?: boolean;
}

/** Lines a text wraps to in a cell `width` wide (words are not split unless longer than a line). */
export const wrappedLines = (text: string, width: number, bold = false): number => {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH * (bold ? 0.92 : 1)) - 1);
  return text.split('\n').reduce((total, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const length = word.length;
      if (used === 0) {
        lines += Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      } else if (used + 1 + length <= perLine) {
        used += 1 + length;
      } else {
        lines += 1 + Math.floor(Math.max(0, length - 1) / perLine);
        used = length % perLine || perLine;
      }
    }
    return total + lines;
  }, 0);
};

/** The height (points) a row needs for its tallest cell; undefined when one line is enough. */
export const rowHeight = (cells: readonly WrappedText[]): number | undefined => {
  const lines = Math.max(1, ...cells.map((c) => wrappedLines(c.text, c.width, c.bold) / Math.max(1, c.rowSpan ?? 1)));
  return lines <= 1 ? undefined : Math.ceil(lines) * LINE_POINTS + PADDING_POINTS;
};
