/**
 * Perjanjian Kinerja (or PK Perubahan): the agreement between the head of the OPD (pihak pertama)
 * and the Bupati/Wali Kota (pihak kedua), with its annex — sasaran, indikator and target
 * (seed 000 Tabel 2.2) and the programs with their anggaran and total (Tabel 2.3, program rows).
 */
import type { Dataset } from '@kinerja/domain';
import type { Figures } from '../engine.ts';
import { centered, num, pageBreak, paragraph } from '../model/blocks.ts';
import { planTree } from '../model/tree.ts';
import type { Block, ReportModel, Signatory, TableBlock, TableRow } from '../model/types.ts';
import { messages } from '../messages.ts';
import type { ReportOptions } from '../options.ts';
import { fileBase, headSignatory, isPerubahan, placeDate, titleBlock } from './common.ts';
import { targetCell } from './cells.ts';

const m = messages.pk;
const c = messages.columns;

const partyLines = (who: Signatory, closing: string): Block[] => [
  {
    type: 'fields',
    indent: 1,
    rows: [
      [messages.labels.nama, who.name],
      [messages.labels.jabatan, who.position ?? ''],
    ],
  },
  paragraph(closing, { indent: 1, align: 'left' }),
];

export const superiorSignatory = (dataset: Dataset, opts: ReportOptions): Signatory => ({
  role: messages.pk.secondPartyRole,
  position: opts.superior?.position ?? m.superiorPosition(dataset.pemda.name),
  name: opts.superior?.name ?? messages.placeholderLine,
  ...(opts.superior?.rank ? { rank: opts.superior.rank } : {}),
  ...(opts.superior?.nip ? { nip: opts.superior.nip } : {}),
});

export const targetsTable = (dataset: Dataset, year: number, id: string, caption: string[]): TableBlock => {
  const tree = planTree(dataset);
  const rows: TableRow[] = [];
  tree.ofKind('sasaran').forEach((sasaran, index) => {
    tree.indicatorsOf(sasaran.id).forEach((indicator, i) => {
      rows.push({
        cells: {
          no: i === 0 ? `${index + 1}.` : '',
          sasaran: i === 0 ? sasaran.name : '',
          indikator: indicator.name,
          satuan: indicator.unit ?? '',
          target: targetCell(indicator.targets?.[String(year)]),
        },
      });
    });
  });
  return {
    type: 'table',
    id,
    caption,
    sheetName: 'Target PK',
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'sasaran', width: 30 },
      { key: 'indikator', width: 40 },
      { key: 'satuan', width: 10, align: 'center' },
      { key: 'target', width: 10, align: 'right' },
    ],
    headerRows: [[{ text: c.no }, { text: c.sasaran }, { text: c.indikator }, { text: c.satuan }, { text: c.target }]],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
};

export const programBudgetTable = (dataset: Dataset, figures: Figures, year: number, id: string, caption: string[]): TableBlock => {
  const tree = planTree(dataset);
  const programs = tree.ofKind('program');
  const period = String(year);
  const rows: TableRow[] = programs.map((program, index) => ({
    cells: {
      no: `${index + 1}.`,
      program: program.name,
      anggaran: num(program.budget?.[period], 'money'),
      keterangan: tree.unitName(program.unit),
    },
  }));
  rows.push({
    kind: 'total',
    bold: true,
    cells: {
      no: { value: messages.total, colSpan: 2, align: 'center', bold: true },
      anggaran: num(figures.sum(programs.map((p) => p.budget?.[period])), 'money'),
      keterangan: '',
    },
  });
  return {
    type: 'table',
    id,
    caption,
    sheetName: 'Anggaran PK',
    columns: [
      { key: 'no', width: 5, align: 'center' },
      { key: 'program', width: 45 },
      { key: 'anggaran', width: 20, format: 'money', align: 'right' },
      { key: 'keterangan', width: 30 },
    ],
    headerRows: [[{ text: c.no }, { text: c.program }, { text: c.anggaran }, { text: c.keterangan }]],
    numberRow: true,
    rows,
    repeatHeader: true,
  };
};

export const buildPk = (dataset: Dataset, opts: ReportOptions, figures: Figures): ReportModel => {
  const perubahan = isPerubahan(dataset, 'pk');
  const first = headSignatory(dataset, m.firstPartyRole);
  const second = superiorSignatory(dataset, opts);
  const title = m.title(perubahan, opts.year);
  const signature: Block = { type: 'signature', placeDate: placeDate(dataset, opts, 'pk'), signatories: [second, first] };
  const agreement: Block[] = [
    ...titleBlock([title], dataset),
    paragraph(m.opening),
    ...partyLines(first, m.firstParty),
    ...partyLines(second, m.secondParty),
    paragraph(m.promise),
    paragraph(m.supervision),
    signature,
  ];
  const annex: Block[] = [
    centered(m.annex, 'title', true),
    ...titleBlock([title], dataset),
    targetsTable(dataset, opts.year, 'pk-target', [m.targetsCaption(opts.year)]),
    programBudgetTable(dataset, figures, opts.year, 'pk-anggaran', [m.budgetCaption(opts.year)]),
    signature,
  ];
  return {
    kind: 'pk',
    title,
    fileBaseName: fileBase('pk', opts.year, dataset, perubahan ? 'perubahan' : undefined),
    meta: { pemda: dataset.pemda.name, opd: dataset.opd.name, year: opts.year, generatedAt: opts.generatedAt },
    sections: [{ orientation: 'portrait', blocks: [...agreement, pageBreak(), ...annex], pageNumbers: true }],
  };
};
