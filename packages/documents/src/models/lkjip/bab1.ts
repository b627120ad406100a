/** LKjIP Bab I: the organisation profile tables (seed 001 Tabel 1.1–1.5, 1.7) from `profile`. */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { heading, num, numOrText } from '../../model/blocks.ts';
import type { Block, TableBlock, TableRow } from '../../model/types.ts';
import { lkjipText as t, messages } from '../../messages.ts';
import type { ReportOptions } from '../../options.ts';
import { asArray, asNumber, asRecord, asString, at, numOrString } from './read.ts';
import { narrative } from './narrative.ts';
import type { TableCounter } from './counter.ts';

const col = t.columns;

const staffTable = (figures: Figures, entry: unknown, title: string, label: string, counter: TableCounter): TableBlock | null => {
  const rows = asArray(asRecord(entry)?.['rows']);
  if (rows.length === 0) return null;
  const body: TableRow[] = rows.map((r, i) => ({
    cells: {
      no: `${i + 1}.`,
      label: asString(r['label']) ?? '',
      male: num(asNumber(r['male']), 'integer'),
      female: num(asNumber(r['female']), 'integer'),
      total: num(asNumber(r['total']), 'integer'),
    },
  }));
  body.push({
    kind: 'total',
    bold: true,
    cells: {
      no: { value: t.total, colSpan: 2, align: 'center', bold: true },
      male: num(figures.sum(rows.map((r) => asNumber(r['male']))), 'integer'),
      female: num(figures.sum(rows.map((r) => asNumber(r['female']))), 'integer'),
      total: num(figures.sum(rows.map((r) => asNumber(r['total']))), 'integer'),
    },
  });
  return {
    type: 'table',
    id: `staff-${label}`,
    caption: [counter.next(title)],
    sheetName: title.slice(0, 31),
    columns: [
      { key: 'no', width: 6, align: 'center' },
      { key: 'label', width: 40 },
      { key: 'male', width: 14, format: 'integer' },
      { key: 'female', width: 14, format: 'integer' },
      { key: 'total', width: 14, format: 'integer' },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: label }, { text: col.laki }, { text: col.perempuan }, { text: col.jumlah }]],
    rows: body,
    repeatHeader: true,
  };
};

const needsTable = (figures: Figures, entry: unknown, counter: TableCounter): TableBlock | null => {
  const rows = asArray(asRecord(entry)?.['rows']);
  if (rows.length === 0) return null;
  const total = (key: string): number | null => figures.sum(rows.map((r) => asNumber(r[key])));
  return {
    type: 'table',
    id: 'staff-needs',
    caption: [counter.next('Kebutuhan Pegawai Berdasarkan Beban Kerja')],
    sheetName: 'Kebutuhan Pegawai',
    columns: [
      { key: 'no', width: 6, align: 'center' },
      { key: 'label', width: 40 },
      { key: 'needed', width: 14 },
      { key: 'in_post', width: 14 },
      { key: 'gap', width: 14 },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: 'Jabatan / Unit' }, { text: col.kebutuhan }, { text: col.ada }, { text: col.selisih }]],
    rows: [
      ...rows.map((r, i) => ({
        cells: {
          no: `${i + 1}.`,
          label: asString(r['label']) ?? '',
          needed: numOrText(numOrString(r['needed']), 'integer'),
          in_post: numOrText(numOrString(r['in_post']), 'integer'),
          gap: numOrText(numOrString(r['gap']), 'integer'),
        },
      })),
      {
        kind: 'total' as const,
        bold: true,
        cells: {
          no: { value: t.total, colSpan: 2, align: 'center' as const, bold: true },
          needed: num(total('needed'), 'integer'),
          in_post: num(total('in_post'), 'integer'),
          gap: num(total('gap'), 'integer'),
        },
      },
    ],
    repeatHeader: true,
  };
};

const facilitiesTable = (entry: unknown, counter: TableCounter): TableBlock | null => {
  const rows = asArray(asRecord(entry)?.['rows']);
  if (rows.length === 0) return null;
  const body: TableRow[] = [];
  rows.forEach((r, i) => {
    body.push({
      bold: true,
      cells: { no: `${i + 1}.`, name: asString(r['name']) ?? '', count: num(asNumber(r['count']), 'integer'), baik: num(asNumber(r['baik']), 'integer'), other: num(asNumber(r['other']), 'integer') },
    });
    for (const item of asArray(r['items']))
      body.push({
        level: 1,
        cells: { name: asString(item['name']) ?? '', count: num(asNumber(item['count']), 'integer'), baik: num(asNumber(item['baik']), 'integer'), other: num(asNumber(item['other']), 'integer') },
      });
  });
  return {
    type: 'table',
    id: 'facilities',
    caption: [counter.next('Keadaan Sarana dan Prasarana')],
    sheetName: 'Sarana Prasarana',
    columns: [
      { key: 'no', width: 6, align: 'center' },
      { key: 'name', width: 44 },
      { key: 'count', width: 14, format: 'integer' },
      { key: 'baik', width: 14, format: 'integer' },
      { key: 'other', width: 16, format: 'integer' },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: 'Jenis Barang' }, { text: col.jumlah }, { text: col.baik }, { text: col.lain }]],
    rows: body,
    repeatHeader: true,
  };
};

const servicesTable = (figures: Figures, entry: unknown, counter: TableCounter): TableBlock | null => {
  const rows = asArray(asRecord(entry)?.['by_unit']);
  if (rows.length === 0) return null;
  return {
    type: 'table',
    id: 'services',
    caption: [counter.next('Jenis Pelayanan per Unit Kerja')],
    sheetName: 'Jenis Pelayanan',
    columns: [
      { key: 'no', width: 6, align: 'center' },
      { key: 'unit', width: 60 },
      { key: 'count', width: 20, format: 'integer' },
    ],
    headerRows: [[{ text: messages.columns.no }, { text: col.unit }, { text: col.jumlahLayanan }]],
    rows: [
      ...rows.map((r, i) => ({ cells: { no: `${i + 1}.`, unit: asString(r['label']) ?? '', count: num(asNumber(r['count']), 'integer') } })),
      {
        kind: 'total' as const,
        bold: true,
        cells: { no: { value: t.total, colSpan: 2, align: 'center' as const, bold: true }, count: num(figures.sum(rows.map((r) => asNumber(r['count']))), 'integer') },
      },
    ],
    repeatHeader: true,
  };
};

export const bab1 = (dataset: Dataset, opts: ReportOptions, figures: Figures, counter: TableCounter): Block[] => {
  const profile = dataset.profile ?? {};
  const staff = at(profile, 'staff');
  const tables = (list: (TableBlock | null)[]): Block[] => list.filter((b): b is TableBlock => b !== null);
  return [
    heading(1, t.bab('I', t.bab1)),
    heading(2, `1.1 ${t.sections.latarBelakang}`),
    ...narrative(opts, 'latar-belakang', t.sections.latarBelakang),
    heading(2, `1.2 ${t.sections.gambaranOrganisasi}`),
    ...narrative(opts, 'gambaran-organisasi', t.sections.gambaranOrganisasi),
    heading(3, `1.2.1 ${t.sections.sdm}`),
    ...tables([
      staffTable(figures, at(staff, 'by_education'), 'Pegawai Berdasarkan Tingkat Pendidikan', 'Pendidikan', counter),
      staffTable(figures, at(staff, 'by_golongan'), 'Pegawai Berdasarkan Golongan', 'Golongan', counter),
      staffTable(figures, at(staff, 'by_jabatan'), 'Pegawai Berdasarkan Jabatan', 'Jabatan', counter),
      needsTable(figures, at(staff, 'needs'), counter),
    ]),
    heading(3, `1.2.2 ${t.sections.sarpras}`),
    ...tables([facilitiesTable(at(profile, 'facilities'), counter)]),
    heading(3, `1.2.3 ${t.sections.layanan}`),
    ...tables([servicesTable(figures, at(profile, 'services'), counter)]),
    heading(2, `1.3 ${t.sections.isuStrategis}`),
    ...narrative(opts, 'isu-strategis', t.sections.isuStrategis),
  ];
};
