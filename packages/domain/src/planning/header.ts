/**
 * Header rows of a pasted table: detected at the top (keywords, column-number rows, month or
 * triwulan number rows), merged per column across rows (a merged cell spreads to the columns
 * below it), and recognised again where a page break repeats them inside the data.
 */
import { isBlankRow } from './tsv.ts';

const HEADER_WORDS =
  /\b(no\.?|kode|sasaran|program|kegiatan|indikator|satuan|target|anggaran|pagu|penanggung|jadwal|triwulan|tw|bulan|lokasi|sumber|catatan|uraian|rencana|kinerja|prakiraan|pj)\b/i;
const ROMAN = /^(i|ii|iii|iv)$/i;

/** A row of consecutive numbers `1 2 3 …` or `(1) (2) …` (column numbers, month numbers). */
export function isNumberingRow(row: readonly string[]): boolean {
  const cells = row.filter((c) => c !== '');
  if (cells.length < 3) return false;
  const nums = cells.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)?.[1]);
  if (nums.some((n) => n === undefined)) return false;
  return nums.every((n, k) => k === 0 || Number(n) === Number(nums[k - 1]) + 1);
}

/** Whether a numbering row numbers every column from the first (column numbers, not months). */
export const isColumnNumbers = (row: readonly string[]): boolean =>
  isNumberingRow(row) && /^\(?1\)?$/.test(row[0] ?? '') && row.filter((c) => c !== '').length >= row.length - 1;

function looksLikeHeader(row: readonly string[]): boolean {
  if (isNumberingRow(row)) return true;
  const cells = row.filter((c) => c !== '');
  if (cells.length === 0) return false;
  return cells.every((c) => HEADER_WORDS.test(c) || ROMAN.test(c) || /^(tw|triwulan)\s*(i{1,3}|iv|[1-4])$/i.test(c));
}

/** How many rows at the top (after leading blank rows) are header rows. */
export function detectHeaderRows(rows: readonly (readonly string[])[]): number {
  let start = 0;
  while (start < rows.length && isBlankRow(rows[start] ?? [])) start++;
  const first = rows[start];
  if (!first || !first.some((c) => HEADER_WORDS.test(c))) return start;
  let n = start + 1;
  while (n < rows.length && looksLikeHeader(rows[n] ?? [])) n++;
  return n;
}

/** One label per column: the header cells of each column joined with ` / `, merged cells spread. */
export function mergeHeaders(headerRows: readonly (readonly string[])[], width: number): string[] {
  const rows = headerRows.filter((r) => !isColumnNumbers(r) && !isBlankRow(r));
  const grid: string[][] = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ''));
  const original = grid.map((r) => [...r]);
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r] as string[];
    for (let c = 1; c < width; c++) {
      if (line[c] !== '') continue;
      const aboveEmpty = r === 0 || (original[r - 1]?.[c] ?? '') === '';
      const sameParent = r === 0 || (grid[r - 1]?.[c] ?? '') === (grid[r - 1]?.[c - 1] ?? '');
      const below = grid.slice(r + 1).some((l) => (l[c] ?? '') !== '');
      if (aboveEmpty && sameParent && below) line[c] = line[c - 1] ?? '';
    }
  }
  return Array.from({ length: width }, (_, c) =>
    grid
      .map((l) => l[c] ?? '')
      .filter((t, k, all) => t !== '' && t !== all[k - 1])
      .join(' / '),
  );
}

/** A data row that repeats the header (a page break in the source) or numbers the columns. */
export function isRepeatedHeader(row: readonly string[], headerRows: readonly (readonly string[])[]): boolean {
  if (isNumberingRow(row)) return true;
  const key = row.join('\t').replace(/\t+$/, '');
  return headerRows.some((h) => key !== '' && h.join('\t').replace(/\t+$/, '') === key);
}
