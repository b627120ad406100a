/** LKjIP Bab III C: AKIP (seed 001 Tabel 3.12), sistem merit, SKM and IP ASN from `evaluations`. */
import { akipPredikat, ipAsnCategory, meritCategory, skmMutu, type Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { formatNumber, periodLabel } from '../../format.ts';
import { cell, heading, num, paragraph } from '../../model/blocks.ts';
import type { Block, TableBlock, TableRow } from '../../model/types.ts';
import { lkjipText as t, messages } from '../../messages.ts';
import type { TableCounter } from './counter.ts';
import { asArray, asNumber, asRecord, asString, at, periodEntries } from './read.ts';

const col = t.columns;
const d2 = (n: number): string => formatNumber(n, 'decimal2');

const akipTable = (figures: Figures, akip: unknown, counter: TableCounter): Block[] => {
  const components = asArray(at(akip, 'components'));
  if (components.length === 0) return [];
  const periods = [...new Set(components.flatMap((c) => periodEntries(c['scores']).map(([p]) => p)))].sort();
  const totals = periods.map((p) => figures.sum(components.map((c) => asNumber(at(c, 'scores', p)))));
  const rows: TableRow[] = components.map((c, i) => ({
    cells: {
      no: `${i + 1}.`,
      komponen: asString(c['name']) ?? '',
      bobot: num(asNumber(c['weight']), 'decimal2'),
      ...Object.fromEntries(periods.map((p) => [p, num(asNumber(at(c, 'scores', p)), 'decimal2')])),
    },
  }));
  rows.push({
    kind: 'total',
    bold: true,
    cells: {
      no: { value: t.total, colSpan: 2, align: 'center', bold: true },
      bobot: num(figures.sum(components.map((c) => asNumber(c['weight']))), 'decimal2'),
      ...Object.fromEntries(periods.map((p, i) => [p, num(totals[i], 'decimal2')])),
    },
  });
  rows.push({
    bold: true,
    cells: {
      no: { value: col.predikat, colSpan: 3, align: 'center', bold: true },
      ...Object.fromEntries(periods.map((p, i) => { const v = totals[i]; return [p, cell(v === null || v === undefined ? '-' : akipPredikat(v, figures.rules.akipBoundary).code, { align: 'center' })]; })),
    },
  });
  const table: TableBlock = {
    type: 'table',
    id: 'akip',
    caption: [counter.next('Hasil Evaluasi Akuntabilitas Kinerja (AKIP)')],
    sheetName: 'AKIP',
    columns: [
      { key: 'no', width: 6, align: 'center' },
      { key: 'komponen', width: 44 },
      { key: 'bobot', width: 12, format: 'decimal2' },
      ...periods.map((p) => ({ key: p, width: 14, format: 'decimal2' as const })),
    ],
    headerRows: [[{ text: messages.columns.no }, { text: col.komponen }, { text: col.bobot }, ...periods.map((p) => ({ text: `Nilai ${p}` }))]],
    rows,
    repeatHeader: true,
  };
  const last = periods.length - 1;
  const lastTotal = totals[last];
  const summary =
    lastTotal !== null && lastTotal !== undefined && periods[last]
      ? [paragraph(t.akip(periods[last], d2(lastTotal), akipPredikat(lastTotal, figures.rules.akipBoundary).code))]
      : [];
  return [table, ...summary];
};

const meritBlocks = (merit: unknown): Block[] => {
  const total = asNumber(at(merit, 'total'));
  if (total === null) return [];
  const aspects = asArray(at(merit, 'aspects'));
  const blocks: Block[] = [paragraph(t.merit(d2(total), `${meritCategory(total).code} (${meritCategory(total).label})`))];
  const scored = aspects.filter((a) => asNumber(a['score']) !== null);
  if (scored.length > 0)
    blocks.push(
      paragraph(
        scored
          .map((a) => `Aspek ${asString(a['no']) ?? ''} ${asString(a['name']) ?? ''}: ${d2(asNumber(a['score']) ?? 0)}${asNumber(a['max']) !== null ? ` dari ${d2(asNumber(a['max']) ?? 0)}` : ''}`)
          .join('; ') + '.',
      ),
    );
  return blocks;
};

const skmBlocks = (skm: unknown, counter: TableCounter): Block[] => {
  const periods = Object.entries(asRecord(at(skm, 'periods')) ?? {})
    .map(([p, v]) => [p, asNumber(at(v, 'ikm'))] as const)
    .filter((e): e is readonly [string, number] => e[1] !== null)
    .sort(([a], [b]) => a.localeCompare(b));
  if (periods.length === 0) return [];
  return [
    {
      type: 'table',
      id: 'skm',
      caption: [counter.next('Indeks Kepuasan Masyarakat (SKM)')],
      sheetName: 'SKM',
      columns: [
        { key: 'periode', width: 30 },
        { key: 'ikm', width: 14, format: 'decimal2' },
        { key: 'mutu', width: 30, align: 'center' },
      ],
      headerRows: [[{ text: col.periode }, { text: 'IKM' }, { text: 'Mutu Pelayanan' }]],
      rows: periods.map(([p, ikm]) => ({ cells: { periode: periodLabel(p), ikm: num(ikm, 'decimal2'), mutu: `${skmMutu(ikm).code} (${skmMutu(ikm).label})` } })),
      repeatHeader: true,
    },
  ];
};

const ipAsnBlocks = (figures: Figures, ip: unknown): Block[] =>
  Object.entries(asRecord(at(ip, 'periods')) ?? {}).flatMap(([p, v]) => {
    const value = asNumber(at(v, 'value'));
    return value === null ? [] : [paragraph(t.ipAsn(periodLabel(p), d2(value), ipAsnCategory(value, figures.rules.ipAsnBands).label))];
  });

export const bab3Evaluations = (dataset: Dataset, figures: Figures, counter: TableCounter): Block[] => {
  const e = dataset.evaluations ?? {};
  const blocks = [...akipTable(figures, e['akip'], counter), ...meritBlocks(e['merit']), ...skmBlocks(e['skm'], counter), ...ipAsnBlocks(figures, e['ip_asn'])];
  return blocks.length === 0 ? [] : [heading(2, `3.9 ${t.sections.evaluasi}`), ...blocks];
};
