/**
 * The grid's cursor: the active cell and, with Shift, the anchor of a selected range.
 * Arrows move one cell, Home/End to the row's ends, Ctrl+Home/End to the grid's corners,
 * Enter moves down (Shift+Enter up), Tab right (Shift+Tab left, wrapping to the next/previous row).
 */
export interface Cursor {
  row: number;
  col: number;
  /** The other corner of the selection (equal to row/col when one cell is selected). */
  anchorRow: number;
  anchorCol: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const at = (row: number, col: number): Cursor => ({ row, col, anchorRow: row, anchorCol: col });

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** The cursor kept inside a grid of this size (after rows were added or removed). */
export function clampCursor(c: Cursor, size: GridSize): Cursor {
  const maxRow = Math.max(0, size.rows - 1);
  const maxCol = Math.max(0, size.cols - 1);
  return { row: clamp(c.row, 0, maxRow), col: clamp(c.col, 0, maxCol), anchorRow: clamp(c.anchorRow, 0, maxRow), anchorCol: clamp(c.anchorCol, 0, maxCol) };
}

export interface MoveKey {
  key: string;
  shift?: boolean;
  ctrl?: boolean;
}

/** The cursor after a navigation key, or null when the key does not move the cursor. */
export function move(c: Cursor, k: MoveKey, size: GridSize): Cursor | null {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  let row = c.row;
  let col = c.col;
  let extend = Boolean(k.shift);
  switch (k.key) {
    case 'ArrowUp':
      row = k.ctrl ? 0 : row - 1;
      break;
    case 'ArrowDown':
      row = k.ctrl ? lastRow : row + 1;
      break;
    case 'ArrowLeft':
      col = k.ctrl ? 0 : col - 1;
      break;
    case 'ArrowRight':
      col = k.ctrl ? lastCol : col + 1;
      break;
    case 'Home':
      col = 0;
      if (k.ctrl) row = 0;
      break;
    case 'End':
      col = lastCol;
      if (k.ctrl) row = lastRow;
      break;
    case 'PageUp':
      row -= 10;
      break;
    case 'PageDown':
      row += 10;
      break;
    case 'Enter':
      row += k.shift ? -1 : 1;
      extend = false;
      break;
    case 'Tab':
      extend = false;
      if (k.shift) {
        if (col > 0) col -= 1;
        else if (row > 0) {
          row -= 1;
          col = lastCol;
        }
      } else if (col < lastCol) col += 1;
      else if (row < lastRow) {
        row += 1;
        col = 0;
      }
      break;
    default:
      return null;
  }
  row = clamp(row, 0, lastRow);
  col = clamp(col, 0, lastCol);
  return extend ? { row, col, anchorRow: c.anchorRow, anchorCol: c.anchorCol } : at(row, col);
}

export function rangeOf(c: Cursor): Range {
  return { top: Math.min(c.row, c.anchorRow), bottom: Math.max(c.row, c.anchorRow), left: Math.min(c.col, c.anchorCol), right: Math.max(c.col, c.anchorCol) };
}

export const inRange = (r: Range, row: number, col: number): boolean => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

/** Whether a key typed on a selected (not edited) cell starts editing with that character. */
export const startsTyping = (k: { key: string; ctrl?: boolean; alt?: boolean; meta?: boolean }): boolean =>
  k.key.length === 1 && !k.ctrl && !k.alt && !k.meta;
