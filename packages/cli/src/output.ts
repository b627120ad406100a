/** Writing results: JSON for machines, aligned text tables for people. */
import { writeFileSync } from 'node:fs';
import { msg } from './messages.ts';

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function writeJsonFile(value: unknown, file: string): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** JSON to a file (then a note on stderr) or to stdout. */
export function writeJsonOut(value: unknown, out: string | undefined): void {
  if (!out) return printJson(value);
  writeJsonFile(value, out);
  process.stderr.write(`${msg.written(out)}\n`);
}

const width = (s: string): number => [...s].length;
const clip = (s: string, max: number): string => (width(s) > max ? `${[...s].slice(0, max - 1).join('')}…` : s);

/** A plain text table; the last column is not padded nor clipped. */
export function table(headers: string[], rows: string[][], maxWidth = 40): string {
  const cells = rows.map((r) => r.map((c, i) => (i < r.length - 1 ? clip(c, maxWidth) : c)));
  const widths = headers.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (i < r.length - 1 ? c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c))) : c))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
