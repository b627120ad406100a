import { describe, expect, it } from 'vitest';
import { mapPaste, type PlanDiff, type PasteRow } from '@kinerja/domain';
import { existingValueChanges, mappingOf, rowStatus, sortedErrors, summarize } from './import-model.ts';

/** Two rows of seed 000 Tabel 2.4 as Word copies them (tab-separated, Indonesian numbers). */
const TSV = [
  'No.\tSasaran Strategis/Program/Kegiatan/Sub Kegiatan\tIndikator Kinerja\tTarget\tSatuan\tAnggaran Perubahan',
  'A.\tMeningkatnya Akuntabilitas Kinerja Perangkat Daerah\tNilai SAKIP Perangkat Daerah\t71,51\tIndeks\t10.022.791.347,00',
  '1\tProgram Penunjang urusan Pemerintah Daerah Lainnya\tIndeks Kepuasan Pelayanan Sekretariat\t87,00\tIndeks\t10.022.791.347,00',
].join('\n');
const rows = (): PasteRow[] => mapPaste(TSV, { year: 2025 }).rows;
const diff = (p: Partial<PlanDiff>): PlanDiff => ({ nodes: [], indicators: [], values: [], counts: { added: 0, removed: 0, changed: 0 }, ...p });
const sakip = { change: 'changed' as const, entity: 'target' as const, id: 'i1', label: 'Nilai SAKIP Perangkat Daerah', period: '2025', before: 71.51, after: 75 };
const addedInd = { change: 'added' as const, entity: 'indicator' as const, id: 'i2', label: 'Indeks Kepuasan Pelayanan Sekretariat', changes: [] };
const addedVal = { change: 'added' as const, entity: 'target' as const, id: 'i2', label: 'Indeks Kepuasan Pelayanan Sekretariat', period: '2025', before: null, after: 87 };

describe('summarize: the counts the preview shows, and "no changes"', () => {
  it.each<[string, PlanDiff | null, ReturnType<typeof summarize>]>([
    ['a preview with bad cells has no changes to show', null, null],
    ['an unchanged re-upload', diff({}), { nodesAdded: 0, indicatorsAdded: 0, valuesChanged: 0, none: true }],
    ['one target edited', diff({ values: [sakip] }), { nodesAdded: 0, indicatorsAdded: 0, valuesChanged: 1, none: false }],
    ['a new indicator with its target', diff({ indicators: [addedInd], values: [addedVal] }), { nodesAdded: 0, indicatorsAdded: 1, valuesChanged: 1, none: false }],
  ])('%s', (_name, d, expected) => expect(summarize(d)).toEqual(expected));
});

describe('existingValueChanges: values listed before → after only for rows that already exist', () => {
  it('keeps the edited target and leaves out the new indicator’s values', () => {
    expect(existingValueChanges(diff({ indicators: [addedInd], values: [sakip, addedVal] }))).toEqual([sakip]);
  });
});

describe('rowStatus: what the save does to each understood row', () => {
  it.each<[string, PlanDiff | null, (string | null)[]]>([
    ['no preview of changes (bad cells)', null, [null, null]],
    ['nothing changes', diff({}), ['same', 'same']],
    ['target of row 1 edited, row 2 new', diff({ indicators: [addedInd], values: [sakip, addedVal] }), ['changed', 'added']],
  ])('%s', (_name, d, expected) => expect(rows().map((r) => rowStatus(r, d))).toEqual(expected));
});

describe('mappingOf and sortedErrors', () => {
  it('sends every column with the one correction applied', () => {
    const columns = mapPaste(TSV, { year: 2025 }).columns;
    expect(mappingOf(columns, 5, 'ignore')).toEqual({ 0: 'no', 1: 'name', 2: 'indicator', 3: 'target', 4: 'unit', 5: 'ignore' });
  });
  it('orders bad cells by row then column', () => {
    expect(sortedErrors([{ row: 10, column: 21 }, { row: 0, column: 3 }, { row: 10, column: 4 }])).toEqual([{ row: 0, column: 3 }, { row: 10, column: 4 }, { row: 10, column: 21 }]);
  });
});
