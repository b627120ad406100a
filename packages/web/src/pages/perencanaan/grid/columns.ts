/**
 * The columns of the Sunting grid. Which value columns appear depends on the period view: the
 * year target only, the Renstra years (targets and pagu per year), quarters or months (Rencana
 * Aksi). A column says which rows it applies to; other rows show an empty, read-only cell.
 */
export type PeriodView = 'tahun' | 'renstra' | 'triwulan' | 'bulan';

export type ColumnKind = 'code' | 'name' | 'unit' | 'polarity' | 'aggregation' | 'target' | 'pagu';

export interface Column {
  key: string;
  kind: ColumnKind;
  /** Rows of which type carry a value in this column. */
  appliesTo: 'node' | 'indicator' | 'both';
  /** Value columns: the period key (`2025`, `2025-Q1`, `2025-01`). */
  period?: string;
  /** Target columns: which value of the indicator. */
  valueKind?: 'target' | 'renstra_target';
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function buildColumns(view: PeriodView, year: number, renstra: { start: number; end: number } | null): Column[] {
  const cols: Column[] = [
    { key: 'code', kind: 'code', appliesTo: 'node' },
    { key: 'name', kind: 'name', appliesTo: 'both' },
    { key: 'unit', kind: 'unit', appliesTo: 'indicator' },
    { key: 'polarity', kind: 'polarity', appliesTo: 'indicator' },
    { key: 'aggregation', kind: 'aggregation', appliesTo: 'indicator' },
    { key: `target:${year}`, kind: 'target', appliesTo: 'indicator', period: String(year), valueKind: 'target' },
  ];
  if (view === 'renstra' && renstra) {
    const years: number[] = [];
    for (let y = renstra.start; y <= renstra.end && years.length < 10; y++) years.push(y);
    for (const y of years) cols.push({ key: `renstra:${y}`, kind: 'target', appliesTo: 'indicator', period: String(y), valueKind: 'renstra_target' });
    for (const y of years) cols.push({ key: `pagu:${y}`, kind: 'pagu', appliesTo: 'node', period: String(y) });
    return cols;
  }
  if (view === 'triwulan') {
    for (let q = 1; q <= 4; q++) cols.push({ key: `target:${year}-Q${q}`, kind: 'target', appliesTo: 'indicator', period: `${year}-Q${q}`, valueKind: 'target' });
  }
  if (view === 'bulan') {
    for (let m = 1; m <= 12; m++) cols.push({ key: `target:${year}-${pad2(m)}`, kind: 'target', appliesTo: 'indicator', period: `${year}-${pad2(m)}`, valueKind: 'target' });
  }
  cols.push({ key: `pagu:${year}`, kind: 'pagu', appliesTo: 'node', period: String(year) });
  return cols;
}

/** The view a plan opens with: months or quarters when its targets have them, else the year. */
export function defaultView(targetPeriods: Iterable<string>): PeriodView {
  let quarters = false;
  for (const p of targetPeriods) {
    if (/^\d{4}-\d{2}$/.test(p)) return 'bulan';
    if (/^\d{4}-Q\d$/.test(p)) quarters = true;
  }
  return quarters ? 'triwulan' : 'tahun';
}
