/**
 * Column-mapping suggestions from header names as SAKIP tables print them (Tabel 2.3/2.4 of a
 * Rencana Aksi, T-C.33 of a Renja, a PK, an IKU sheet): Kode, Program/Kegiatan/Sub Kegiatan,
 * Indikator, Satuan, Target, TW I..IV, Jan..Des or month numbers under "Jadwal", Pagu/Anggaran, PJ.
 */
import { MONTH_FIELDS, QUARTER_FIELDS, type PasteField } from './types.ts';

const MONTH_NAMES = [
  ['jan', 'januari'], ['feb', 'peb', 'februari', 'pebruari'], ['mar', 'maret'], ['apr', 'april'], ['mei'], ['jun', 'juni'],
  ['jul', 'juli'], ['agu', 'agt', 'agust', 'agustus'], ['sep', 'sept', 'september'], ['okt', 'oktober'], ['nov', 'nop', 'november', 'nopember'],
  ['des', 'desember'],
];
const ROMAN = ['i', 'ii', 'iii', 'iv'];

const lastSegment = (label: string): string => (label.split(' / ').pop() ?? '').trim().toLowerCase();

function periodField(label: string): PasteField | null {
  const lower = label.toLowerCase();
  const last = lastSegment(label).replace(/\.$/, '');
  const scheduled = /jadwal|bulan|triwulan|\btw\b|target per|rencana aksi per/.test(lower) || label.includes(' / ');
  const monthNo = /^\d{1,2}$/.test(last) ? Number(last) : 0;
  if (monthNo >= 1 && monthNo <= 12 && scheduled) return MONTH_FIELDS[monthNo - 1] ?? null;
  const byName = MONTH_NAMES.findIndex((names) => names.includes(last));
  if (byName >= 0) return MONTH_FIELDS[byName] ?? null;
  const tw = /^(?:tw|triwulan)\s*(i{1,3}|iv|[1-4])$/.exec(last) ?? (ROMAN.includes(last) && scheduled ? [last, last] : null);
  if (tw) {
    const q = /^\d$/.test(tw[1] ?? '') ? Number(tw[1]) : ROMAN.indexOf(tw[1] ?? '') + 1;
    return QUARTER_FIELDS[q - 1] ?? null;
  }
  return null;
}

const NEXT_YEAR: [RegExp, PasteField][] = [
  [/prakiraan maju.*(dana|pagu|anggaran)|(dana|pagu|anggaran).*(n\s*\+\s*1)/, 'budget_next'],
  [/prakiraan maju.*(target|capaian)|target.*(n\s*\+\s*1)/, 'target_next'],
];

const RULES: [RegExp, PasteField][] = [
  [/^no\.?$|^nomor$/, 'no'],
  [/\bkode\b/, 'code'],
  [/sumber dana/, 'funding'],
  [/penanggung ?jawab|\bpj\b|pelaksana/, 'responsible'],
  [/indikator/, 'indicator'],
  [/satuan/, 'unit'],
  [/rencana aksi|\baksi\b|uraian kegiatan aksi/, 'action'],
  [/anggaran|pagu|kebutuhan dana|\bdana\b/, 'budget'],
  [/target|capaian kinerja/, 'target'],
  [/lokasi/, 'location'],
  [/catatan|keterangan/, 'note'],
  [/sasaran|program|kegiatan|uraian|nama|tujuan/, 'name'],
];

/** The field a header label most likely names (`ignore` when nothing fits). */
export function suggestField(label: string): PasteField {
  const lower = label.toLowerCase().replace(/\s+/g, ' ').trim();
  if (lower === '') return 'ignore';
  const period = periodField(label);
  if (period) return period;
  for (const [re, field] of NEXT_YEAR) if (re.test(lower)) return field;
  const last = lastSegment(label);
  for (const [re, field] of RULES) if (re.test(last)) return field;
  for (const [re, field] of RULES) if (re.test(lower)) return field;
  return 'ignore';
}

/** Suggestions for every column; a field other than `ignore` goes to its first column only. */
export function suggestMapping(labels: readonly string[]): PasteField[] {
  const used = new Set<PasteField>();
  return labels.map((label) => {
    const f = suggestField(label);
    if (f === 'ignore' || used.has(f)) return 'ignore';
    used.add(f);
    return f;
  });
}
