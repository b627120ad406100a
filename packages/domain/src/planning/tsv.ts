/**
 * Tab-separated text as Word and Excel put it on the clipboard: cells split by tabs, rows by
 * newlines; Excel quotes a cell that holds a newline or a quote (`"a""b"`). Cells are trimmed,
 * inner runs of spaces collapsed and non-breaking spaces made plain.
 */
export function cleanCell(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  const endCell = () => {
    row.push(cleanCell(cell));
    cell = '';
  };
  while (i < s.length) {
    const ch = s[i] as string;
    if (ch === '"' && cell === '') {
      const close = findClosingQuote(s, i + 1);
      if (close !== -1) {
        cell = s.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        continue;
      }
    }
    if (ch === '\t') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** The closing quote of a quoted cell: a `"` not doubled and followed by a tab, newline or the end. */
function findClosingQuote(s: string, from: number): number {
  for (let j = from; j < s.length; j++) {
    if (s[j] !== '"') continue;
    if (s[j + 1] === '"') {
      j++;
      continue;
    }
    const next = s[j + 1];
    return next === undefined || next === '\t' || next === '\n' ? j : -1;
  }
  return -1;
}

export const isBlankRow = (row: readonly string[]): boolean => row.every((c) => c === '');
