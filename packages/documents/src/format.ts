/**
 * Display formats in the Indonesian convention (71,51; 18.953.949.068; 21 Oktober 2025).
 * Numbers are computed by @kinerja/domain; this module only turns them into text.
 */
import { formatIdNumber } from '@kinerja/domain';
import type { CellValue, NumberFormat } from './model/types.ts';

const dateFormat = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatNumber = (value: number, format: NumberFormat = 'text'): string => {
  switch (format) {
    case 'integer':
    case 'money':
      return formatIdNumber(value, 0);
    case 'decimal2':
      return formatIdNumber(value, 2);
    case 'text':
      return Number.isInteger(value) ? formatIdNumber(value, 0) : formatIdNumber(value, 2).replace(/,?0+$/, '');
  }
};

export const formatCell = (value: CellValue, format: NumberFormat = 'text'): string => {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, format);
  return value;
};

/** "2025-10-21" or a full ISO timestamp → "21 Oktober 2025". */
export const formatDate = (iso: string): string => {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
};

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const monthName = (month: number): string => MONTHS[month - 1] ?? String(month);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);
export const letter = (n: number): string => String.fromCharCode(64 + n);

/** "2025-Q3" → "Triwulan III Tahun 2025"; "2025-07" → "Juli 2025"; "2025" → "Tahun 2025". */
export const periodLabel = (period: string): string => {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `Triwulan ${roman(Number(quarter[2]))} Tahun ${quarter[1]}`;
  const semester = /^(\d{4})-S([12])$/.exec(period);
  if (semester) return `Semester ${roman(Number(semester[2]))} Tahun ${semester[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${monthName(Number(month[2]))} ${month[1]}`;
  return `Tahun ${period}`;
};

export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
