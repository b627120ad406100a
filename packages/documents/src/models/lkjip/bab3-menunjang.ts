/**
 * LKjIP Tabel 3.17 (seed 001 §3.9): per sasaran and its indicators, the program / kegiatan / sub
 * kegiatan under it with their own indicators and capaian, labelled "Menunjang" because the plan
 * tree links them to the sasaran (domain-rules §7.3: a user judgement, pre-filled); where the
 * node's own target was not reached (capaian < menunjangThreshold) the label says so.
 */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { formatNumber } from '../../format.ts';
import { cell, num } from '../../model/blocks.ts';
import { planTree } from '../../model/tree.ts';
import type { TableBlock, TableRow } from '../../model/types.ts';
import { lkjipText as t, messages } from '../../messages.ts';
import { hierarchyRows } from '../hierarchy.ts';
import type { TableCounter } from './counter.ts';

const col = t.columns;

export const menunjangTable = (dataset: Dataset, figures: Figures, counter: TableCounter): TableBlock => {
  const tree = planTree(dataset);
  const names = (nodeId: string): string =>
    tree
      .indicatorsOf(nodeId)
      .map((i) => i.name)
      .join('\n');
  const rows: TableRow[] = [];
  let sasaranNo = 0;
  let pending: { no: string; sasaran: string; indikator: string } | null = null;
  for (const { node } of hierarchyRows(tree)) {
    if (node.kind === 'sasaran') {
      if (pending) rows.push({ cells: { ...pending } });
      sasaranNo += 1;
      pending = { no: `${sasaranNo}.`, sasaran: node.name, indikator: names(node.id) };
      continue;
    }
    const capaian = figures.node(node.id)?.capaian ?? null;
    const reached = capaian === null ? null : capaian >= figures.rules.menunjangThreshold;
    const label = capaian === null ? '-' : reached ? t.menunjang : `${t.menunjang}\n${t.targetBelumTercapai}`;
    rows.push({
      cells: {
        ...(pending ?? {}),
        // the indent of a hierarchy goes to the first text column (sasaran): mark the levels here
        uraian: cell(node.kind === 'subkegiatan' ? `– ${node.name}` : node.name, { bold: node.kind === 'program' }),
        indikatorProgram: names(node.id),
        capaian: num(capaian, 'decimal2'),
        menunjang: cell(label, { align: 'center', ...(reached === false ? { italic: true } : {}) }),
      },
    });
    pending = null;
  }
  if (pending) rows.push({ cells: { ...pending } });
  return {
    type: 'table',
    id: 'menunjang',
    caption: [counter.next(t.menunjangCaption)],
    sheetName: 'Menunjang',
    fontSize: 8,
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'sasaran', width: 16 },
      { key: 'indikator', width: 16 },
      { key: 'uraian', width: 24 },
      { key: 'indikatorProgram', width: 22 },
      { key: 'capaian', width: 9, format: 'decimal2' },
      { key: 'menunjang', width: 12, align: 'center' },
    ],
    headerRows: [
      [
        { text: messages.columns.no },
        { text: col.sasaran },
        { text: col.indikator },
        { text: col.uraian },
        { text: col.indikatorProgram },
        { text: col.capaian },
        { text: col.menunjang },
      ],
    ],
    numberRow: true,
    rows,
    repeatHeader: true,
    note: t.menunjangNote(formatNumber(figures.rules.menunjangThreshold, 'integer')),
  };
};
