/**
 * The XLSX export of each dashboard view (exceljs): the same figures as the screen, one sheet per
 * table, the year, the period and the rule set in the title rows of every sheet.
 */
import ExcelJS from 'exceljs';
import type { OpdDashboard } from './get-opd-dashboard.ts';
import type { PemdaDashboard } from './get-pemda-dashboard.ts';
import { dashboardMessages as m } from './messages.ts';

type Cell = string | number | null;

function addSheet(wb: ExcelJS.Workbook, name: string, title: string, caption: string, headers: readonly string[], rows: Cell[][]): void {
  const ws = wb.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.addRow([title]).font = { bold: true, size: 12 };
  ws.addRow([caption]).font = { italic: true };
  ws.addRow([]);
  const h = ws.addRow([...headers]);
  h.font = { bold: true };
  h.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const row of rows) ws.addRow(row);
  headers.forEach((text, i) => (ws.getColumn(i + 1).width = i === 0 || text.length > 30 ? 40 : Math.max(12, text.length + 2)));
  ws.getColumn(headers[0] === 'Indikator' || headers[1] === 'Nama' || headers[1] === 'Perangkat daerah' ? 2 : 1).width = 48;
  ws.eachRow((r, n) => {
    if (n < 4) return;
    r.eachCell({ includeEmpty: true }, (c, col) => {
      if (col > headers.length) return;
      c.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      if (typeof c.value === 'number') c.numFmt = Number.isInteger(c.value) ? '#,##0' : '#,##0.00';
    });
  });
}

const num = (v: number | string | null | undefined): Cell => (v === undefined ? null : v);

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function opdDashboardXlsx(d: OpdDashboard): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kinerja';
  const title = m.opdTitle(d.opdInfo.abbr ?? d.opdInfo.name, d.pemda.name);
  const caption = m.caption(d.year, d.period, d.rules);
  addSheet(wb, m.sheets.indicators, title, caption, m.indicatorHeaders, d.indicators.map((i) => [
    i.name, i.unit, i.iku ? m.yes : null, num(i.target), num(i.realization), i.capaian, i.band?.label ?? null,
    num(i.lastYear?.realization), i.lastYear?.capaian ?? null, i.renstra.endTarget, i.renstra.capaian,
  ]));
  const nodeRows = (nodes: OpdDashboard['sasaran']): Cell[][] =>
    nodes.map((n) => [n.code, n.name, n.capaian, n.band?.label ?? null, n.pagu, n.realisasi, n.absorption, n.efficiency]);
  addSheet(wb, m.sheets.sasaran, title, caption, m.nodeHeaders, [
    ...nodeRows(d.sasaran),
    [null, m.opdTotal, d.opd.capaian, d.opd.band?.label ?? null, d.opd.pagu, d.opd.realisasi, d.opd.absorption, d.opd.efficiency],
  ]);
  addSheet(wb, m.sheets.programs, title, caption, m.nodeHeaders, nodeRows(d.programs));
  addSheet(wb, m.sheets.pending, title, caption, m.pendingHeaders, d.pending.map((p) => [p.indicator.name, p.period, p.status, p.value]));
  return bytesOf(wb);
}

export async function pemdaDashboardXlsx(p: PemdaDashboard): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kinerja';
  const title = m.pemdaTitle(p.pemda.name);
  const caption = m.caption(p.year, p.period, p.rules);
  addSheet(wb, m.sheets.opds, title, caption, m.opdHeaders, p.opds.map((o) => [
    o.rank, o.opd.name, o.capaian, o.band?.label ?? null, o.lastYear?.capaian ?? null, o.renstra.capaian,
    o.pagu, o.realisasi, o.absorption, o.efficiency, o.indicators, o.pending.submitted + o.pending.draft, o.late,
  ]));
  addSheet(wb, m.sheets.references, title, caption, m.referenceHeaders, p.references.map((r) => [
    r.opd.abbr ?? r.opd.name, r.indicator.name, num(r.realization), r.label, num(r.value), r.gap,
  ]));
  return bytesOf(wb);
}
