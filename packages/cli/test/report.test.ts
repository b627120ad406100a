/** `kinerja report` end to end on a PGlite --data directory: the file is written and holds the figures. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinerja, parseJson, repoRoot } from './cli-run.ts';

const LONG = 240_000;
let tmp: string;
let data: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kinerja-cli-report-'));
  data = join(tmp, 'data');
  for (const args of [['migrate'], ['import', join(repoRoot, 'demo/kabupaten-paser/paser-2024-lkjip.json')]]) {
    const r = kinerja(['--data', data, ...args]);
    if (r.status !== 0) throw new Error(r.stderr);
  }
}, LONG);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plan = ['--pemda', 'kabupaten-paser', '--opd', 'bkpsdm', '--year', '2024'];

const docxText = async (file: string): Promise<string> =>
  (await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')?.async('string')) ?? '';

describe('kinerja report', () => {
  it('writes the LKjIP 2024 as DOCX with the IKU Nilai SAKIP 71,51 and summarises the findings', async () => {
    const out = join(tmp, 'LKjIP-BKPSDM-2024.docx');
    const r = kinerja(['--data', data, 'report', 'lkjip', ...plan, '--format', 'docx', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = await docxText(out);
    expect(xml).toContain('71,51');
    expect(xml).toContain('27.346.788.906');
    expect(r.stdout).toContain(`ditulis ke ${out}`);
    expect(r.stdout).toMatch(/\d+ temuan \(\d+ warning, \d+ info\)/);
    expect(r.stdout).toContain('24.914.147.619');
  }, LONG);

  it('with --json gives the findings and the data version', () => {
    const out = join(tmp, 'PK-BKPSDM-2024.pdf');
    const r = kinerja(['--data', data, 'report', 'pk', ...plan, '--format', 'pdf', '--out', out, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const result = parseJson<{ file: string; kind: string; dataVersion: string; findingsCount: number; findings: { check: string }[] }>(r.stdout);
    expect(result).toMatchObject({ file: out, kind: 'pk', format: 'pdf', year: 2024 });
    expect(result.dataVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(result.findings.length).toBe(result.findingsCount);
    expect(result.findingsCount).toBeGreaterThan(0);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('%PDF');
  }, LONG);

  it.each([
    [['laporan', ...plan, '--format', 'docx'], 'kesalahan: kind: Jenis dokumen harus salah satu dari'],
    [['lkjip', ...plan, '--format', 'odt'], 'kesalahan: format: Format harus docx, xlsx atau pdf.'],
    [['lkjip', '--pemda', 'kabupaten-paser', '--opd', 'bkpsdm', '--year', '2023', '--format', 'pdf'], 'kesalahan: year:'],
    [['evaluasi-triwulan', ...plan, '--format', 'xlsx'], 'kesalahan: period: Evaluasi triwulan memerlukan periode'],
  ])('refuses %j with exit 1 and writes no file', (args, message) => {
    const out = join(tmp, 'tidak-ada.docx');
    const r = kinerja(['--data', data, 'report', ...args, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(() => readFileSync(out)).toThrow();
  }, LONG);
});
