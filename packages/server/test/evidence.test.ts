/** Evidence files: type by magic bytes, size limit, storage on disk, download rights, audited delete — on both databases. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { detectFileType, safeFileName } from '../src/usecases/evidence/file-type.ts';
import { call, login } from './helpers.ts';
import { PDF_BYTES, upload } from './realisasi-audit-cases.ts';
import { appWith, auditRows, Clock, createMonitoringTenant, type MonitoringTenant } from './realisasi-setup.ts';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF');
const DOCX = bytes([0x50, 0x4b, 0x03, 0x04], '....[Content_Types].xml....word/document.xml');
const EXE = bytes('MZ', [0x90, 0x00]);

async function xlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Realisasi').addRow(['Nilai SAKIP', 71.51]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('detectFileType', () => {
  it.each([
    ['PDF', PDF_BYTES, 'application/pdf'],
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['DOCX', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an executable', EXE, null],
    ['plain text', bytes('Realisasi 71,51'), null],
    ['a zip that is no Office file', bytes([0x50, 0x4b, 0x03, 0x04], 'data.csv'), null],
  ])('%s → %s', (_n, b, mime) => {
    expect(detectFileType(b)?.mime ?? null).toBe(mime);
  });

  it('recognises a real XLSX (written by exceljs)', async () => {
    expect(detectFileType(await xlsx())?.ext).toBe('xlsx');
  });

  it.each([
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\laporan\\LHE AKIP 2024.PDF', 'LHE AKIP 2024.pdf'],
    ['bukti"<script>.png', 'buktiscript.pdf'],
  ])('safe name of %s → %s', (name, safe) => {
    expect(safeFileName(name, { mime: 'application/pdf', ext: 'pdf' })).toBe(safe);
  });
});

describe('upload, download, delete', () => {
  let database: Database;
  let t: MonitoringTenant;
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-evidence-'));
  const clock = new Clock(new Date('2025-05-02T02:00:00Z'));
  const app = () => appWith(database, clock);
  const base = () => `/api/pemda/${t.pemda.slug}/opd/bkpsdm`;
  let evidenceId = '';

  beforeAll(async () => {
    process.env.KINERJA_EVIDENCE_DIR = dir;
    database = await testDatabase();
    t = await createMonitoringTenant(database, 'ev');
  });
  afterAll(async () => database.close());

  it.each([
    ['a PDF named .pdf', PDF_BYTES, 'LHE AKIP 2024.pdf', 201, 'application/pdf'],
    ['an executable named .pdf', EXE, 'bukti.pdf', 400, null],
    ['a PNG named .pdf (the bytes decide)', PNG, 'foto.pdf', 201, 'image/png'],
    ['an empty file', new Uint8Array(), 'kosong.pdf', 400, null],
    ['11 MB', new Uint8Array(11 * 1024 * 1024).fill(0x25), 'besar.pdf', 400, null],
  ])('%s → %i', async (_n, b, name, status, mime) => {
    const s = await login(app(), t.users.operator.username);
    const res = await upload(app(), `${base()}/realisasi/2025/evidence`, s, { indicator: t.indicatorId, period: '2025-Q2' }, b, name);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { id: string; mime: string; where?: string };
    if (mime) {
      expect(body.mime).toBe(mime);
      if (!evidenceId) evidenceId = body.id;
    } else expect(body.where).toBe('file');
  });

  it('stores the file under <dir>/<pemda>/ and lists it in the grid', async () => {
    expect(readdirSync(join(dir, t.pemda.id)).length).toBe(2);
    const s = await login(app(), t.users.operator.username);
    const grid = (await (await call(app(), 'GET', `${base()}/realisasi/2025?period=2025-Q2`, s)).json()) as { rows: { evidence: { fileName: string }[] }[] };
    expect(grid.rows[0]?.evidence.map((e) => e.fileName)).toEqual(['LHE AKIP 2024.pdf', 'foto.png']);
  });

  it.each([
    ['the operator of the unit', () => t.users.operator.username, 200],
    ['admin_opd', () => t.users.admin_opd.username, 200],
    ['pimpinan', () => t.users.pimpinan.username, 200],
    ['evaluator', () => t.users.evaluator.username, 200],
    ['the operator of another unit', () => t.otherOperator.username, 404],
  ])('download by %s → %i', async (_n, username, status) => {
    const s = await login(app(), username());
    const res = await call(app(), 'GET', `${base()}/evidence/${evidenceId}`, s);
    expect(res.status).toBe(status);
    if (status === 200) {
      const got = new Uint8Array(await res.arrayBuffer());
      expect(createHash('sha256').update(got).digest('hex')).toBe(createHash('sha256').update(PDF_BYTES).digest('hex'));
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''LHE%20AKIP%202024.pdf");
    }
  });

  it('the operator of another unit can neither upload to nor delete from this row', async () => {
    const s = await login(app(), t.otherOperator.username);
    expect((await upload(app(), `${base()}/realisasi/2025/evidence`, s, { indicator: t.indicatorId, period: '2025-Q2' }, PDF_BYTES, 'x.pdf')).status).toBe(403);
    expect((await call(app(), 'DELETE', `${base()}/evidence/${evidenceId}`, s)).status).toBe(404);
  });

  it('delete is audited and removes the file', async () => {
    const s = await login(app(), t.users.operator.username);
    const before = await auditRows(database, t.pemda.id, 'evidence');
    expect((await call(app(), 'DELETE', `${base()}/evidence/${evidenceId}`, s)).status).toBe(200);
    const added = (await auditRows(database, t.pemda.id, 'evidence')).filter((a) => !before.some((b) => b.id === a.id));
    expect(added.map((a) => a.action)).toEqual(['delete']);
    expect(readdirSync(join(dir, t.pemda.id))).not.toContain(evidenceId);
    expect((await call(app(), 'GET', `${base()}/evidence/${evidenceId}`, s)).status).toBe(404);
  });
});
