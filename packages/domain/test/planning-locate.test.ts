import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clearedValues, locateRows, mapPaste, type Dataset, type PasteRow } from '../src/index.ts';

/** Seed 000 Tabel 2.4 (without the four rows whose schedule overflows) against the seed's fixture. */
const tabel24 = readFileSync(new URL('./planning-fixtures/seed000-tabel-2-4.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((_, i) => ![9, 10, 11, 12].includes(i + 1))
  .join('\n');
const renaksi = JSON.parse(readFileSync('/work/shared/fixtures/paser-2025-renaksi-perubahan.json', 'utf8')) as Dataset;
const pasted = () => mapPaste(tabel24, { year: 2025 });
const rowOf = (rows: PasteRow[], indicator: string): PasteRow => {
  const r = rows.find((x) => x.indicator === indicator);
  if (!r) throw new Error(indicator);
  return r;
};
const labelOf = (id: string) => renaksi.indicators.find((i) => i.id === id)?.name ?? renaksi.nodes.find((n) => n.id === id)?.name;

describe('locateRows: each pasted row finds its node and indicator in the stored plan', () => {
  it.each<[string, string | null, string | null]>([
    ['Nilai SAKIP Perangkat Daerah', 'Meningkatnya Akuntabilitas Kinerja Perangkat Daerah', 'Nilai SAKIP Perangkat Daerah'],
    ['Indeks Kepuasan Pelayanan Sekretariat', 'Program Penunjang urusan Pemerintah Daerah Lainnya', 'Indeks Kepuasan Pelayanan Sekretariat'],
    ['Jumlah Pengelolaan Kenaikan Pangkat ASN', 'Pengelolaan Kenaikan Pangkat ASN', 'Jumlah Pengelolaan Kenaikan Pangkat ASN'],
  ])('%s', (indicator, node, found) => {
    const { rows } = pasted();
    const place = locateRows(renaksi, rows)[rows.indexOf(rowOf(rows, indicator))];
    expect([labelOf(place?.nodeId ?? ''), place?.indicatorId ? labelOf(place.indicatorId) : null]).toEqual([node, found]);
  });

  it('leaves the total row (the OPD with its whole budget) unplaced', () => {
    const { rows } = pasted();
    expect(rows[0]?.kind).toBe('total');
    expect(locateRows(renaksi, rows)[0]).toBeNull();
  });
});

describe('clearedValues: stored values whose cell came back blank', () => {
  it.each<[string, (rows: PasteRow[]) => void, [string | undefined, string, string][]]>([
    ['nothing emptied', () => {}, []],
    ['annual target emptied', (rows) => void (rowOf(rows, 'Nilai SAKIP Perangkat Daerah').target = null), [['Nilai SAKIP Perangkat Daerah', 'target', '2025']]],
    [
      'one month of the schedule emptied',
      (rows) => void delete rowOf(rows, 'Jumlah Pengelolaan Kenaikan Pangkat ASN').schedule['2025-03'],
      [['Jumlah Pengelolaan Kenaikan Pangkat ASN', 'target', '2025-03']],
    ],
    [
      'pagu of a sasaran row emptied',
      (rows) => void (rowOf(rows, 'Nilai SAKIP Perangkat Daerah').budget = null),
      [['Meningkatnya Akuntabilitas Kinerja Perangkat Daerah', 'budget', '2025']],
    ],
    [
      'a month with "-" stays (text, not blank)',
      (rows) => void (rowOf(rows, 'Indeks Kepuasan Pelayanan Sekretariat').schedule['2025-01'] = '-'),
      [],
    ],
  ])('%s', (_name, mutate, expected) => {
    const { rows, columns } = pasted();
    mutate(rows);
    expect(clearedValues(renaksi, columns, rows, 2025).map((c) => [labelOf(c.id), c.entity, c.period])).toEqual(expected);
  });

  it('does not clear a pagu from a second-indicator row, whose pagu cell is blank by layout', () => {
    const { rows, columns } = pasted();
    const second: PasteRow = { ...rowOf(rows, 'Nilai SAKIP Perangkat Daerah'), kind: 'indicator', name: null, budget: null };
    const at = rows.indexOf(rowOf(rows, 'Nilai SAKIP Perangkat Daerah'));
    const withSecond = [...rows.slice(0, at + 1), second, ...rows.slice(at + 1)];
    expect(clearedValues(renaksi, columns, withSecond, 2025)).toEqual([]);
  });
});
